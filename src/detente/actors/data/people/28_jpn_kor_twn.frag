# Japan, the Koreas, Taiwan: cabinets beyond the big four, spokespeople, central bankers,
# UN ambassadors, party and opposition leaders, governors (2015-2025)
@JPN
Taro Aso;Aso Taro;FIN;2012-12-26;2021-10-04
Taro Aso;Aso Taro;DPM;2012-12-26;2021-10-04
Shunichi Suzuki;;FIN;2021-10-04;2024-10-01
Katsunobu Kato;;FIN;2024-10-01;
Hiroshige Seko;Seko;TRD;2016-08-03;2019-09-11
Isshu Sugawara;;TRD;2019-09-11;2019-10-25
Hiroshi Kajiyama;Kajiyama;TRD;2019-10-25;2021-10-04
Koichi Hagiuda;Hagiuda;TRD;2021-10-04;2022-08-10
Yasutoshi Nishimura;;TRD;2022-08-10;2023-12-14
Ken Saito;;TRD;2023-12-14;2024-10-01
Yoji Muto;;TRD;2024-10-01;
Toshimitsu Motegi;Motegi;ECO;2017-08-03;2019-09-11
Yasutoshi Nishimura;;ECO;2019-09-11;2021-10-04
Akira Amari;Amari;ECO;2012-12-26;2016-01-28
Nobuteru Ishihara;;ECO;2016-01-28;2017-08-03
Yoko Kamikawa;Kamikawa;JUS;2017-08-03;2018-10-02
Takashi Yamashita;;JUS;2018-10-02;2019-09-11
Katsuyuki Kawai;;JUS;2019-09-11;2019-10-31
Masako Mori;;JUS;2019-10-31;2020-09-16
Katsunobu Kato;;HEA;2017-08-03;2018-10-02
Takumi Nemoto;;HEA;2018-10-02;2019-09-11
Norihisa Tamura;;HEA;2020-09-16;2021-10-04
Haruhiko Kuroda;Kuroda;CB;2013-03-20;2023-04-08
Kazuo Ueda;;CB;2023-04-09;
Koro Bessho;Bessho;UNA;2016-04-01;2019-08-01
Kimihiro Ishikane;Ishikane;UNA;2019-08-01;2022-10-01
Kazuyuki Yamazaki;;UNA;2022-10-01;
Toshihiro Nikai;Nikai;PL;2016-08-03;2021-10-01;PTY
Fumio Kishida;;PL;2017-08-03;2020-09-15;PTY
Yukio Edano;Edano;OL;2017-10-03;2021-11-30
Kenta Izumi;;OL;2021-11-30;2024-09-23
Yoshihiko Noda;;OL;2024-09-23;
Renho;Renhō;PL;2016-09-15;2017-09-01;OPP
Natsuo Yamaguchi;;PL;2009-09-08;2024-11-09;PTY
Yuriko Koike;Koike;GVR;2016-08-02;
Ichiro Matsui;;GVR;2011-11-27;2019-04-07
Keiji Furuya;Furuya;MIN;2012-12-26;2014-09-03
Yasuhiro Nakasone;;HOG;1982-11-27;1987-11-06
Shigeru Ishiba;;PL;2012-01-01;;PTY
Tadamori Oshima;Oshima;SPK;2015-04-21;2021-10-14
Emperor Naruhito;Naruhito|Crown Prince Naruhito;ROY;1960-02-23;2019-04-30
@KOR
Kim Dong-yeon;Kim Dong Yeon;FIN;2017-06-09;2018-12-10
Hong Nam-ki;Hong Nam Ki;FIN;2018-12-10;2022-05-10
Choo Kyung-ho;Choo Kyung Ho;FIN;2022-05-10;2023-12-29
Choi Sang-mok;Choi Sang Mok;FIN;2023-12-29;2025-05-02
Yoo Il-ho;;FIN;2016-01-13;2017-06-09
Paik Un-gyu;Paik Un Gyu;ENE;2017-07-21;2018-09-21
Cho Myoung-gyon;Cho Myoung Gyon|Cho Myung-gyon;MIN;2017-07-03;2019-04-08
Kim Yeon-chul;Kim Yeon Chul;MIN;2019-04-08;2020-06-19
Lee In-young;Lee In Young;MIN;2020-07-27;2022-05-10
Kwon Young-se;Kwon Young Se;MIN;2022-05-13;2023-07-28
Chung Eui-yong;Chung Eui Yong;NSA;2017-05-21;2020-07-03
Suh Hoon;Suh Hoon;NSA;2020-07-03;2022-05-10
Yoon Young-chan;Yoon Young Chan;SP;2017-05-10;2019-01-08
Kim Eui-kyeom;Kim Eui Kyeom;SP;2018-02-02;2019-04-08
Ko Min-jung;Ko Min Jung;SP;2019-04-24;2020-05-20
Lee Ju-yeol;Lee Ju Yeol;CB;2014-04-01;2022-03-31
Rhee Chang-yong;Rhee Chang Yong;CB;2022-04-21;
Cho Tae-yul;Cho Tae Yul;UNA;2016-01-01;2019-09-01
Cho Hyun;Cho Hyun;UNA;2019-09-01;2022-08-01
Hwang Joon-kook;;UNA;2022-08-01;2025-01-01
Hong Joon-pyo;Hong Joon Pyo;PL;2017-07-03;2018-06-14;OPP
Lee Jae-myung;Lee Jae Myung;PL;2022-08-28;2025-06-04;OPP
Han Dong-hoon;Han Dong Hoon;PL;2023-12-26;2024-12-16;PTY
Ahn Cheol-soo;Ahn Cheol Soo;PL;2016-01-01;;OPP
Choo Mi-ae;Choo Mi Ae;PL;2016-08-27;2018-08-25;PTY
Park Won-soon;Park Won Soon;MAY;2011-10-27;2020-07-09
Oh Se-hoon;Oh Se Hoon;MAY;2021-04-08;
@PRK
Kim Yong-chol;Kim Yong Chol;MIN;2016-01-01;2021-01-01
Ri Son-gwon;Ri Son Gwon;MIN;2016-06-01;2020-01-01
Choe Son-hui;Choe Son Hui;MIN;2016-01-01;2022-06-11
Kim Yo-jong;Kim Yo Jong;MIN;2014-01-01;
Kim Yong-nam;Kim Yong Nam;SPK;1998-09-05;2019-04-11
Choe Ryong-hae;Choe Ryong Hae;SPK;2019-04-11;
Ja Song-nam;Ja Song Nam;UNA;2014-09-01;2021-01-01
Kim Song;Kim Song;UNA;2021-01-01;
Kim Kye-gwan;Kim Kye Gwan;MIN;2010-01-01;2021-01-01
Pak Jong-chon;Pak Jong Chon;ARMY;2020-01-01;
Jo Myong-rok;Jo Myong Rok;ARMY;1995-10-08;2010-11-06
Kang Sok-ju;Kang Sok Ju;MIN;2010-09-01;2016-05-20
@TWN
Annette Lu;Lu Hsiu-lien;VP;2000-05-20;2008-05-20
Chen Chien-jen;;VP;2016-05-20;2020-05-20
Lai Ching-te;William Lai;VP;2020-05-20;2024-05-20
Hsiao Bi-khim;Bi-khim Hsiao;VP;2024-05-20;
Eric Chu;Chu Li-luan;PL;2015-01-17;2016-01-16;OPP
Eric Chu;Chu Li-luan;PL;2021-10-05;2025-10-18;OPP
Wu Den-yih;;PL;2017-08-20;2020-01-15;OPP
Johnny Chiang;;PL;2020-03-07;2021-10-05;OPP
Ko Wen-je;;MAY;2014-12-25;2022-12-25
Han Kuo-yu;;SPK;2024-02-01;
Chiu Chui-cheng;;MIN;2024-05-20;
Chen Ming-tong;;MIN;2019-01-01;2020-09-01
