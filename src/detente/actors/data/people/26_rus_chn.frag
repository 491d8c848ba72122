# Russia and China: ministers beyond the big four, spokespeople, central bankers, UN ambassadors,
# parliament leaders, envoys, party and opposition leaders (2015-2025)
@RUS
Maxim Oreshkin;Oreshkin;ECO;2016-11-30;2020-01-15
Maxim Reshetnikov;Reshetnikov;ECO;2020-01-21;
Alexei Ulyukayev;Alexey Ulyukayev|Ulyukayev;ECO;2013-06-24;2016-11-15
Denis Manturov;Manturov;TRD;2012-05-21;2024-05-14
Denis Manturov;Manturov;DPM;2022-07-15;
Alexander Novak;Aleksandr Novak;ENE;2012-05-21;2020-11-10
Alexander Novak;Aleksandr Novak;DPM;2020-11-10;
Nikolai Shulginov;Shulginov;ENE;2020-11-10;2024-05-14
Sergei Tsivilev;Tsivilev;ENE;2024-05-14;
Alexander Konovalov;;JUS;2008-05-12;2020-01-21
Konstantin Chuychenko;Chuychenko;JUS;2020-01-21;
Mikhail Murashko;Murashko;HEA;2020-01-21;
Veronika Skvortsova;Skvortsova;HEA;2012-05-21;2020-01-21
Yury Trutnev;Yuri Trutnev;DPM;2013-08-31;
Tatyana Golikova;Tatiana Golikova|Golikova;DPM;2018-05-18;
Arkady Dvorkovich;Dvorkovich;DPM;2012-05-21;2018-05-07
Dmitry Kozak;Dmitri Kozak;DPM;2008-10-14;2020-01-21
Dmitry Rogozin;Dmitri Rogozin|Rogozin;DPM;2011-12-23;2018-05-07
Dmitry Rogozin;Dmitri Rogozin|Rogozin;MIN;2018-05-24;2022-07-15
Yury Borisov;Yuri Borisov;DPM;2018-05-18;2022-07-15
Marat Khusnullin;Khusnullin;DPM;2020-01-21;
Dmitry Patrushev;;AGR;2018-05-18;2024-05-14
Elvira Nabiullina;Nabiullina;CB;2013-06-24;
Vitaly Churkin;Vitaliy Churkin|Churkin;UNA;2006-04-08;2017-02-20
Vasily Nebenzya;Vassily Nebenzia|Nebenzia|Nebenzya;UNA;2017-07-27;
Vyacheslav Volodin;Volodin;SPK;2016-10-05;
Vyacheslav Volodin;Volodin;COS;2011-12-27;2016-10-05
Sergei Naryshkin;Sergey Naryshkin;SPK;2011-12-21;2016-10-05
Valentina Matviyenko;Valentina Matviyenko|Matviyenko|Matvienko;SPK;2011-09-21;
Sergei Ivanov;Sergey Ivanov;COS;2011-12-22;2016-08-12
Anton Vaino;Vaino;COS;2016-08-12;
Yury Ushakov;Yuri Ushakov|Ushakov;MIN;2012-05-21;
Sergei Ryabkov;Sergey Ryabkov|Ryabkov;MIN;2008-08-01;
Mikhail Bogdanov;Bogdanov;ENV;2011-06-10;
Alexander Lavrentiev;Lavrentiev;ENV;2017-12-01;
Grigory Karasin;Grigori Karasin|Karasin;MIN;2005-09-01;2019-09-01
Vladimir Titov;;MIN;2011-01-01;2022-01-01
Andrei Rudenko;Andrey Rudenko;MIN;2019-09-01;
Valery Gerasimov;Valeri Gerasimov|Gerasimov;ARMY;2012-11-09;
Sergei Sobyanin;Sergey Sobyanin|Sobyanin;MAY;2010-10-21;
Ramzan Kadyrov;Kadyrov;GVR;2007-03-02;
Gennady Zyuganov;Zyuganov;PL;1993-02-14;;OPP
Vladimir Zhirinovsky;Zhirinovsky;PL;1991-01-01;2022-04-06;OPP
Sergei Mironov;Sergey Mironov;PL;2006-10-28;;OPP
Yevgeny Prigozhin;Prigozhin;GL;2014-01-01;2023-08-23;PRM
Viktor Zolotov;Zolotov;MIN;2016-04-05;
Igor Sechin;Sechin;MIN;2012-05-23;
Alexei Miller;;MIN;2001-05-30;
Alexander Bastrykin;Bastrykin;MIN;2011-01-15;
Igor Krasnov;;AG;2020-01-22;2025-09-22
Yury Chaika;Yuri Chaika|Chaika;AG;2006-06-23;2020-01-22
Ella Pamfilova;Pamfilova;MIN;2016-03-28;
Vladimir Medinsky;Medinsky;MIN;2012-05-21;
Sergei Kiriyenko;Sergey Kiriyenko|Kiriyenko;COS;2016-10-05;
Tatyana Moskalkova;Moskalkova;MIN;2016-04-22;
Leonid Slutsky;Slutsky;LEGM;2011-12-01;
Konstantin Kosachev;Kosachev;LEGM;2014-01-01;
@CHN
Wang Qishan;;VP;2018-03-17;2023-03-10
Han Zheng;;VP;2023-03-10;
Li Yuanchao;;VP;2013-03-14;2018-03-17
Lou Jiwei;;FIN;2013-03-16;2016-11-07
Xiao Jie;;FIN;2016-11-07;2018-03-19
Liu Kun;;FIN;2018-03-19;2023-10-24
Lan Fo'an;Lan Foan;FIN;2023-10-24;
Gao Hucheng;;TRD;2013-03-16;2017-02-24
Zhong Shan;;TRD;2017-02-24;2020-12-26
Wang Wentao;;TRD;2020-12-26;
Yi Gang;;CB;2018-03-19;2023-07-25
Zhou Xiaochuan;;CB;2002-12-28;2018-03-19
Pan Gongsheng;;CB;2023-07-25;
Liu He;;DPM;2018-03-19;2023-03-12
He Lifeng;;DPM;2023-03-12;
Hu Chunhua;;DPM;2018-03-19;2023-03-12
Han Zheng;;DPM;2018-03-19;2023-03-10
Zhang Gaoli;;DPM;2013-03-16;2018-03-19
Wang Yang;;DPM;2013-03-16;2018-03-19
Ding Xuexiang;;DPM;2023-03-12;
Zhu Guangyao;;FIN;2013-01-01;2018-03-01
Liu Jieyi;;UNA;2013-08-01;2017-07-01
Ma Zhaoxu;;UNA;2018-01-01;2019-07-01
Zhang Jun;;UNA;2019-07-01;2024-12-01
Fu Cong;;UNA;2024-12-01;
Zhang Dejiang;;SPK;2013-03-14;2018-03-17
Li Zhanshu;;SPK;2018-03-17;2023-03-10
Zhao Leji;;SPK;2023-03-10;
Yu Zhengsheng;;LEGM;2013-03-11;2018-03-14
Wang Huning;;LEGM;2023-03-10;
Chen Quanguo;;PL;2016-08-29;2021-12-25;PTY
Carrie Lam;Carrie Lam Cheng Yuet-ngor;CM;2017-07-01;2022-06-30
John Lee;John Lee Ka-chiu;CM;2022-07-01;
Leung Chun-ying;CY Leung|C. Y. Leung;CM;2012-07-01;2017-06-30
Zhang Youxia;;ARMY;2017-10-25;
Xu Qiliang;;ARMY;2012-11-15;2022-10-23
Fan Changlong;;ARMY;2012-11-15;2017-10-25
Cui Tiankai;;AMB;2013-04-01;2021-06-23
Qin Gang;;AMB;2021-07-28;2022-12-30
Xie Feng;;AMB;2023-05-23;
Liu Xiaoming;;AMB;2010-02-01;2021-05-01
Le Yucheng;;MIN;2018-01-01;2022-06-01
Zheng Zeguang;;AMB;2021-05-01;
Yang Jiechi;;NSA;2013-03-16;2022-10-23
Liu Jianchao;;MIN;2022-06-01;2025-08-01
Ma Xiaowei;;HEA;2018-03-19;2025-01-01
Huang Kunming;;MIN;2017-10-25;2022-10-23
Chen Jining;;MAY;2017-05-27;2022-10-01
Cai Qi;;COS;2022-10-23;
Chen Min'er;Chen Miner;MIN;2017-07-15;
Wang Huning;;MIN;2017-10-25;2023-03-10
