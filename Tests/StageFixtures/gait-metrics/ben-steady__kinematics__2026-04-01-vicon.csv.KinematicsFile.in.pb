
kinematics/2026-04-01-vicon.csv
ben-steadytime,RHipAngles_Y,foo
0,1,2
