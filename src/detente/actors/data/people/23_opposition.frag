# opposition leaders (sector OPP), office group_leader
@TUR
Kemal Kılıçdaroğlu;Kemal Kilicdaroglu|Kılıçdaroğlu|Kilicdaroglu;GL;2010-05-22;2023-11-05;OPP
Özgür Özel;Ozgur Ozel;GL;2023-11-05;;OPP
Ekrem İmamoğlu;Ekrem Imamoglu|İmamoğlu|Imamoglu;GL;2019-06-27;;OPP
@RUS
Alexei Navalny;Alexey Navalny|Navalny;GL;2011-12-01;2024-02-16;OPP
@VEN
Juan Guaidó;Juan Guaido|Guaidó|Guaido;GL;2019-01-23;2023-01-05;OPP
María Corina Machado;Maria Corina Machado;GL;2023-10-22;;OPP
Edmundo González Urrutia;Edmundo Gonzalez Urrutia|Edmundo González;GL;2024-04-19;;OPP
@BLR
Sviatlana Tsikhanouskaya;Svetlana Tikhanovskaya|Tsikhanouskaya|Tikhanovskaya;GL;2020-08-11;;OPP
@PAK
Imran Khan;;GL;2022-04-10;;OPP
@ISR
Yair Lapid;Lapid;GL;2023-01-01;;OPP
@MMR
Aung San Suu Kyi;Suu Kyi;GL;1988-09-27;2016-03-30;OPP
