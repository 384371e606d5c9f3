
à
ana-rampÓ
ana-ramp
2026-07-05lowhighlow"3¢´7øÒB@vÃ¶E™­>@Ù=yXˆ>@ç½Ş©B@ g³êsİ=@¤uT5AÔ:@”ö_˜4F@ôÛ×s.J@HÉ«sDF@T©Ù­ôF@y—‹øNœK@OGÉ«ïE@}DL‰$’L@¬‹Ã™7M@9#J{ƒL@UMu+L@WCâK¯F@9(a¦í“F@*lateral (right) 8/1008
×

ben-steadyÈ

ben-steady
2026-07-05nonenonenone"°8œùÕ @@^€}tê¢@@æ:´T~@@ÚÉà(yB@#O’®™ĞA@%]3ùfË@@ÖQÕQ_A@d;ßO;A@~:3PMB@ŞÈ<òA@’?xîB@zÅrKWA@×†Šq&B@Ó‡.¨o™A@C9Ñ®BF@@;úDNA@Ñ:ªšÔA@yÜµWB@0ÿÿÿÿÿÿÿÿÿ
ï

cleo-hillsà

cleo-hills
2026-07-05nonenonemoderate"s×òF@çŞÃ%£F@%—ÿ~F@ÒÁú?G@^¿`7lG@¥N@aëE@x]¿`ÓG@9(a¦ñE@e6È$oF@Â&Só?@îÓñ˜b@@]ÜFx›A@¨o™Óe@@Ğ'ò$éV@@+ŞÈ<ò?@ÁV	‡Ÿ@@N´«ò[@@ˆïÄ¬@@*inferior pole (both) 8/1008