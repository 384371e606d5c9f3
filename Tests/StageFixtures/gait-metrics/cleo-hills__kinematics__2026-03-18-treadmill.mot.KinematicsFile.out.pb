
KinematicsSessionœ
#kinematics/2026-03-18-treadmill.mot
cleo-hills
2026-03-18"s
l	käÍô%î"@òüRæè?"	`›zÊWï@ÌĞ¶•—œ?*	>/P²¢2@§+äwÛ8ï?2	Ÿ¥½Á—@´s+úé?:	Å1w-@Î¢ZÖâ?*s
r	J+‡f"@,ÙÊí?"	Tã¥›Äà@¡|Í  ?*	ğ§ÆK7Ó2@öz·ÅÁæ?2	¨ÆK7‰Q@?Õ‘õkÑæ?:	…ëQ¸6@Yi¼äËHè?28left: foot strike and toe-off detected from knee flexion29right: foot strike and toe-off detected from knee flexion