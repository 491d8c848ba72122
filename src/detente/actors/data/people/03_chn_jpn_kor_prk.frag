@CHN
Yang Shangkun;;HOS;1988-04-08;1993-03-27
Jiang Zemin;;HOS;1993-03-27;2003-03-15
Hu Jintao;;HOS;2003-03-15;2013-03-14
Xi Jinping;Xi;HOS;2013-03-14;
Li Peng;;HOG;1987-11-24;1998-03-17
Zhu Rongji;;HOG;1998-03-17;2003-03-16
Wen Jiabao;;HOG;2003-03-16;2013-03-15
Li Keqiang;;HOG;2013-03-15;2023-03-11
Li Qiang;;HOG;2023-03-11;
Qian Qichen;;FM;1988-04-12;1998-03-18
Tang Jiaxuan;;FM;1998-03-18;2003-03-17
Li Zhaoxing;;FM;2003-03-17;2007-04-27
Yang Jiechi;;FM;2007-04-27;2013-03-16
Wang Yi;;FM;2013-03-16;2022-12-30
Qin Gang;;FM;2022-12-30;2023-07-25
Wang Yi;;FM;2023-07-25;
Wang Yi;;foreign_affairs_chief;2023-01-01;
Qin Jiwei;;DM;1988-04-01;1993-03-29;MIL
Chi Haotian;;DM;1993-03-29;2003-03-17;MIL
Cao Gangchuan;;DM;2003-03-17;2008-03-17;MIL
Liang Guanglie;;DM;2008-03-17;2013-03-16;MIL
Chang Wanquan;;DM;2013-03-16;2018-03-19;MIL
Wei Fenghe;;DM;2018-03-19;2023-03-12;MIL
Li Shangfu;;DM;2023-03-12;2023-10-24;MIL
Dong Jun;;DM;2023-12-29;;MIL
Jia Chunwang;;IC;1985-09-01;1998-03-01
Xu Yongyue;;IC;1998-03-01;2007-08-30
Geng Huichang;;IC;2007-08-30;2016-11-07
Chen Wenqing;;IC;2016-11-07;2022-10-30
Chen Yixin;;IC;2022-10-30;
Zhou Yongkang;;IM;2002-12-01;2007-10-01
Meng Jianzhu;;IM;2007-10-01;2012-12-28
Guo Shengkun;;IM;2012-12-28;2017-11-04
Zhao Kezhi;;IM;2017-11-04;2022-12-30
Wang Xiaohong;;IM;2022-12-30;
Jiang Yu;;SP;2006-01-01;2012-12-31
Qin Gang;;SP;2005-01-01;2011-01-01
Hong Lei;;SP;2010-01-01;2016-06-30
Hua Chunying;;SP;2012-09-01;2024-12-31
Lu Kang;;SP;2015-01-01;2019-08-31
Geng Shuang;;SP;2016-01-01;2020-09-30
Zhao Lijian;;SP;2019-08-23;2023-01-09
Wang Wenbin;;SP;2020-07-01;2024-07-31
Mao Ning;;SP;2022-09-01;
Lin Jian;;SP;2024-01-01;
Guo Jiakun;;SP;2024-11-01;
@TWN
Lee Teng-hui;;HOS;1988-01-13;2000-05-20
Chen Shui-bian;;HOS;2000-05-20;2008-05-20
Ma Ying-jeou;;HOS;2008-05-20;2016-05-20
Tsai Ing-wen;;HOS;2016-05-20;2024-05-20
Lai Ching-te;William Lai;HOS;2024-05-20;
Lai Ching-te;William Lai;HOG;2017-09-08;2019-01-14
Su Tseng-chang;;HOG;2019-01-14;2023-01-31
Chen Chien-jen;;HOG;2023-01-31;2024-05-20
Cho Jung-tai;;HOG;2024-05-20;
Joseph Wu;Jaushieh Joseph Wu;FM;2018-02-26;2024-05-20
Lin Chia-lung;;FM;2024-05-20;
David Lee;Lee Ta-wei;FM;2016-05-20;2018-02-26
Wellington Koo;Koo Li-hsiung;DM;2024-05-20;
Chiu Kuo-cheng;;DM;2021-02-23;2024-05-20
Yen Teh-fa;;DM;2019-02-25;2021-02-23
@JPN
Akihito;Emperor Akihito;HOS;1989-01-07;2019-04-30
Naruhito;Emperor Naruhito;HOS;2019-05-01;
Toshiki Kaifu;Kaifu;HOG;1989-08-10;1991-11-05
Kiichi Miyazawa;Miyazawa;HOG;1991-11-05;1993-08-09
Morihiro Hosokawa;Hosokawa;HOG;1993-08-09;1994-04-28
Tsutomu Hata;;HOG;1994-04-28;1994-06-30
Tomiichi Murayama;Murayama;HOG;1994-06-30;1996-01-11
Ryutaro Hashimoto;Ryūtarō Hashimoto|Hashimoto;HOG;1996-01-11;1998-07-30
Keizo Obuchi;Keizō Obuchi|Obuchi;HOG;1998-07-30;2000-04-05
Yoshiro Mori;Yoshirō Mori;HOG;2000-04-05;2001-04-26
Junichiro Koizumi;Jun'ichirō Koizumi|Koizumi;HOG;2001-04-26;2006-09-26
Shinzo Abe;Shinzō Abe|Abe;HOG;2006-09-26;2007-09-26
Yasuo Fukuda;Fukuda;HOG;2007-09-26;2008-09-24
Taro Aso;Tarō Asō|Aso;HOG;2008-09-24;2009-09-16
Yukio Hatoyama;Hatoyama;HOG;2009-09-16;2010-06-08
Naoto Kan;;HOG;2010-06-08;2011-09-02
Yoshihiko Noda;;HOG;2011-09-02;2012-12-26
Shinzo Abe;Shinzō Abe|Abe;HOG;2012-12-26;2020-09-16
Yoshihide Suga;Suga;HOG;2020-09-16;2021-10-04
Fumio Kishida;Kishida;HOG;2021-10-04;2024-10-01
Shigeru Ishiba;Ishiba;HOG;2024-10-01;2025-10-21
Sanae Takaichi;Takaichi;HOG;2025-10-21;
Taro Nakayama;;FM;1989-08-10;1991-11-05
Michio Watanabe;;FM;1991-11-05;1993-04-07
Kabun Muto;;FM;1993-04-07;1993-08-09
Tsutomu Hata;;FM;1993-08-09;1994-04-28
Koji Kakizawa;;FM;1994-04-28;1994-06-30
Yohei Kono;Yōhei Kōno;FM;1994-06-30;1996-01-11
Yukihiko Ikeda;;FM;1996-01-11;1997-09-11
Keizo Obuchi;Obuchi;FM;1997-09-11;1998-07-30
Masahiko Komura;Masahiko Kōmura|Koumura;FM;1998-07-30;1999-10-05
Yohei Kono;Yōhei Kōno;FM;1999-10-05;2001-04-26
Makiko Tanaka;;FM;2001-04-26;2002-01-30
Yoriko Kawaguchi;Kawaguchi;FM;2002-02-01;2004-09-27
Nobutaka Machimura;Machimura;FM;2004-09-27;2005-10-31
Taro Aso;Tarō Asō|Aso;FM;2005-10-31;2007-08-27
Nobutaka Machimura;Machimura;FM;2007-08-27;2007-09-26
Masahiko Komura;Masahiko Kōmura|Koumura;FM;2007-09-26;2008-09-24
Hirofumi Nakasone;;FM;2008-09-24;2009-09-16
Katsuya Okada;Okada;FM;2009-09-16;2010-09-17
Seiji Maehara;Maehara;FM;2010-09-17;2011-03-07
Takeaki Matsumoto;;FM;2011-03-09;2011-09-02
Koichiro Gemba;Kōichirō Genba|Koichiro Genba;FM;2011-09-02;2012-12-26
Fumio Kishida;Kishida;FM;2012-12-26;2017-08-03
Taro Kono;Tarō Kōno;FM;2017-08-03;2019-09-11
Toshimitsu Motegi;Motegi;FM;2019-09-11;2021-11-04
Yoshimasa Hayashi;;FM;2021-11-10;2023-09-13
Yoko Kamikawa;Yōko Kamikawa|Kamikawa;FM;2023-09-13;2024-10-01
Takeshi Iwaya;Iwaya;FM;2024-10-01;2025-10-21
Toshimitsu Motegi;Motegi;FM;2025-10-21;
Fumio Kyuma;;DM;2006-09-26;2007-07-03
Yuriko Koike;Koike;DM;2007-07-04;2007-08-27
Masahiko Komura;Masahiko Kōmura|Koumura;DM;2007-08-27;2007-09-26
Shigeru Ishiba;Ishiba;DM;2007-09-26;2008-08-02
Yoshimasa Hayashi;;DM;2008-08-02;2008-09-24
Yasukazu Hamada;;DM;2008-09-24;2009-09-16
Toshimi Kitazawa;;DM;2009-09-16;2011-09-02
Yasuo Ichikawa;;DM;2011-09-02;2012-01-13
Naoki Tanaka;;DM;2012-01-13;2012-06-04
Satoshi Morimoto;;DM;2012-06-04;2012-12-26
Itsunori Onodera;Onodera;DM;2012-12-26;2014-09-03
Akinori Eto;;DM;2014-09-03;2014-12-24
Gen Nakatani;Nakatani;DM;2014-12-24;2016-08-03
Tomomi Inada;Inada;DM;2016-08-03;2017-07-28
Itsunori Onodera;Onodera;DM;2017-08-03;2018-10-02
Takeshi Iwaya;Iwaya;DM;2018-10-02;2019-09-11
Taro Kono;Tarō Kōno;DM;2019-09-11;2020-09-16
Nobuo Kishi;;DM;2020-09-16;2022-08-10
Yasukazu Hamada;;DM;2022-08-10;2023-09-13
Minoru Kihara;Kihara;DM;2023-09-13;2024-10-01
Gen Nakatani;Nakatani;DM;2024-10-01;2025-10-21
Shinjiro Koizumi;Shinjirō Koizumi;DM;2025-10-21;
Yoshihide Suga;Suga;SP;2012-12-26;2020-09-16
Katsunobu Kato;Katsunobu Katō;SP;2020-09-16;2021-10-04
Hirokazu Matsuno;Matsuno;SP;2021-10-04;2023-12-14
Yoshimasa Hayashi;;SP;2023-12-14;2025-10-21
Minoru Kihara;Kihara;SP;2025-10-21;
@PRK
Kim Il Sung;Kim Il-sung;HOS;1972-12-28;1994-07-08
Kim Jong Il;Kim Jong-il;SL;1994-07-08;2011-12-17
Kim Jong Un;Kim Jong-un|Kim Jong-Un;SL;2011-12-17;
Kim Yong Nam;Kim Yong-nam;HOS;1998-09-05;2019-04-11
Kim Jong Un;Kim Jong-un|Kim Jong-Un;HOS;2019-04-11;
Kim Yo Jong;;SP;2018-01-01;
Yon Hyong-muk;Yon Hyong Muk;HOG;1988-12-12;1992-12-11
Kang Song-san;Kang Song San;HOG;1992-12-11;1997-02-21
Hong Song-nam;Hong Song Nam;HOG;1997-02-21;2003-09-03
Pak Pong-ju;Pak Pong Ju;HOG;2003-09-03;2007-04-11
Kim Yong-il;Kim Yong Il;HOG;2007-04-11;2010-06-07
Choe Yong-rim;Choe Yong Rim;HOG;2010-06-07;2013-04-01
Pak Pong-ju;Pak Pong Ju;HOG;2013-04-01;2019-04-11
Kim Jae-ryong;Kim Jae Ryong;HOG;2019-04-11;2020-08-13
Kim Tok-hun;Kim Tok Hun;HOG;2020-08-13;2024-12-27
Pak Thae-song;Pak Thae Song;HOG;2024-12-27;
Kim Yong Nam;Kim Yong-nam;FM;1983-12-01;1998-09-05
Paek Nam-sun;Paek Nam Sun;FM;1998-09-05;2007-01-02
Pak Ui-chun;Pak Ui Chun;FM;2007-05-18;2014-04-09
Ri Su-yong;Ri Su Yong;FM;2014-04-09;2016-05-09
Ri Yong-ho;Ri Yong Ho;FM;2016-05-09;2020-01-18
Ri Son-gwon;Ri Son Gwon;FM;2020-01-18;2022-06-11
Choe Son-hui;Choe Son Hui;FM;2022-06-11;
Kim Il-chol;Kim Il Chol;DM;1998-09-05;2009-02-11;MIL
Kim Yong-chun;Kim Yong Chun;DM;2009-02-11;2012-04-01;MIL
Kim Kyok-sik;Kim Kyok Sik;DM;2012-11-01;2013-05-01;MIL
Hyon Yong-chol;Hyon Yong Chol;DM;2014-06-01;2015-04-30;MIL
Pak Yong-sik;Pak Yong Sik;DM;2015-05-01;2018-06-01;MIL
No Kwang-chol;No Kwang Chol;DM;2018-06-01;2019-12-31;MIL
@KOR
Roh Tae-woo;;HOS;1988-02-25;1993-02-25
Kim Young-sam;Kim Young Sam;HOS;1993-02-25;1998-02-25
Kim Dae-jung;Kim Dae Jung;HOS;1998-02-25;2003-02-25
Roh Moo-hyun;Roh Moo Hyun;HOS;2003-02-25;2008-02-25
Lee Myung-bak;Lee Myung Bak;HOS;2008-02-25;2013-02-25
Park Geun-hye;Park Geun Hye;HOS;2013-02-25;2017-03-10
Moon Jae-in;Moon Jae In;HOS;2017-05-10;2022-05-10
Yoon Suk Yeol;Yoon Suk-yeol;HOS;2022-05-10;2025-04-04
Lee Jae-myung;Lee Jae Myung;HOS;2025-06-04;
Lee Hoi-chang;;HOG;1993-12-17;1994-04-22
Goh Kun;Goh Kun;HOG;1997-03-04;1998-03-02
Kim Jong-pil;;HOG;1998-03-03;2000-01-12
Lee Han-dong;;HOG;2000-06-29;2002-07-11
Goh Kun;;HOG;2003-02-27;2004-05-24
Lee Hae-chan;;HOG;2004-06-30;2006-03-15
Han Myeong-sook;Han Myung-sook;HOG;2006-04-20;2007-03-07
Han Duck-soo;Han Duck Soo;HOG;2007-04-02;2008-02-29
Han Seung-soo;;HOG;2008-02-29;2009-09-28
Chung Un-chan;;HOG;2009-09-29;2010-08-11
Kim Hwang-sik;;HOG;2010-10-01;2013-02-26
Chung Hong-won;;HOG;2013-02-26;2015-02-16
Lee Wan-koo;;HOG;2015-02-17;2015-04-27
Hwang Kyo-ahn;;HOG;2015-06-18;2017-05-11
Lee Nak-yon;Lee Nak-yeon;HOG;2017-05-31;2020-01-14
Chung Sye-kyun;;HOG;2020-01-14;2021-04-16
Kim Boo-kyum;;HOG;2021-05-14;2022-05-11
Han Duck-soo;Han Duck Soo;HOG;2022-05-21;2025-05-01
Kim Min-seok;;HOG;2025-07-03;
Yoon Young-kwan;;FM;2003-02-27;2004-01-16
Ban Ki-moon;Ban Ki Moon;FM;2004-01-17;2006-11-10
Song Min-soon;;FM;2006-12-01;2008-02-29
Yu Myung-hwan;Yoo Myung-hwan;FM;2008-02-29;2010-09-04
Kim Sung-hwan;;FM;2010-10-08;2013-03-11
Yun Byung-se;Yun Byung Se;FM;2013-03-11;2017-06-18
Kang Kyung-wha;Kang Kyung Wha;FM;2017-06-18;2021-02-08
Chung Eui-yong;Chung Eui Yong;FM;2021-02-09;2022-05-11
Park Jin;;FM;2022-05-12;2024-01-10
Cho Tae-yul;Cho Tae Yul;FM;2024-01-10;2025-07-19
Cho Hyun;;FM;2025-07-19;
Kim Kwan-jin;;DM;2010-12-04;2014-06-30
Han Min-koo;;DM;2014-06-30;2017-07-14
Song Young-moo;;DM;2017-07-14;2018-09-21
Jeong Kyeong-doo;;DM;2018-09-21;2020-09-18
Suh Wook;;DM;2020-09-18;2022-05-10
Lee Jong-sup;;DM;2022-05-10;2023-10-07
Shin Won-sik;;DM;2023-10-07;2024-09-06
Kim Yong-hyun;;DM;2024-09-06;2024-12-05
Ahn Gyu-back;;DM;2025-07-14;
Suh Hoon;;IC;2017-06-01;2020-07-03
Park Jie-won;;IC;2020-07-29;2022-05-10
Kim Kyou-hyun;;IC;2022-06-01;2023-11-26
Cho Tae-yong;;IC;2024-01-01;2025-06-01
Lee Jong-seok;;IC;2025-06-01;
