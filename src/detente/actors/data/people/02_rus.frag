@RUS
@SUN
Mikhail Gorbachev;Gorbachev;HOS;1990-03-15;1991-12-25
Eduard Shevardnadze;Shevardnadze;FM;1985-07-02;1990-12-20
Eduard Shevardnadze;Shevardnadze;FM;1991-11-19;1991-12-25
@RUS
Boris Yeltsin;Yeltsin;HOS;1990-05-29;1999-12-31
Vladimir Putin;Putin|Vladimir Vladimirovich Putin;HOS;1999-12-31;2008-05-07
Dmitry Medvedev;Dmitri Medvedev|Medvedev;HOS;2008-05-07;2012-05-07
Vladimir Putin;Putin|Vladimir Vladimirovich Putin;HOS;2012-05-07;
Yegor Gaidar;Gaidar;HOG;1992-06-15;1992-12-14
Viktor Chernomyrdin;Chernomyrdin;HOG;1992-12-14;1998-03-23
Sergei Kiriyenko;Sergey Kiriyenko|Kiriyenko;HOG;1998-03-23;1998-08-23
Yevgeny Primakov;Primakov;HOG;1998-09-11;1999-05-12
Sergei Stepashin;Sergey Stepashin|Stepashin;HOG;1999-05-12;1999-08-09
Vladimir Putin;Putin;HOG;1999-08-09;2000-05-07
Mikhail Kasyanov;Kasyanov;HOG;2000-05-07;2004-02-24
Viktor Khristenko;Khristenko;HOG;2004-02-24;2004-03-05
Mikhail Fradkov;Fradkov;HOG;2004-03-05;2007-09-12
Viktor Zubkov;Zubkov;HOG;2007-09-14;2008-05-07
Vladimir Putin;Putin;HOG;2008-05-08;2012-05-07
Dmitry Medvedev;Dmitri Medvedev|Medvedev;HOG;2012-05-08;2020-01-16
Mikhail Mishustin;Mishustin;HOG;2020-01-16;
Andrei Kozyrev;Andrey Kozyrev|Kozyrev;FM;1990-10-11;1996-01-05
Yevgeny Primakov;Primakov;FM;1996-01-09;1998-09-11
Igor Ivanov;Igor Sergeyevich Ivanov;FM;1998-09-11;2004-03-09
Sergey Lavrov;Sergei Lavrov|Lavrov;FM;2004-03-09;
Pavel Grachev;Grachev;DM;1992-05-18;1996-06-18;MIL
Igor Rodionov;Rodionov;DM;1996-07-17;1997-05-22;MIL
Igor Sergeyev;Igor Sergeev;DM;1997-05-22;2001-03-28;MIL
Sergei Ivanov;Sergey Ivanov|Sergei Borisovich Ivanov;DM;2001-03-28;2007-02-15
Anatoliy Serdyukov;Anatoly Serdyukov|Serdyukov;DM;2007-02-15;2012-11-06
Sergei Shoigu;Sergey Shoigu|Shoigu;DM;2012-11-06;2024-05-12
Andrei Belousov;Andrey Belousov|Belousov;DM;2024-05-14;
Nikolai Kovalyov;Nikolay Kovalyov;IC;1996-07-09;1998-07-25
Vladimir Putin;Putin;IC;1998-07-25;1999-08-09
Nikolai Patrushev;Nikolay Patrushev|Patrushev;IC;1999-08-09;2008-05-12
Alexander Bortnikov;Aleksandr Bortnikov|Bortnikov;IC;2008-05-12;
Yevgeny Primakov;Primakov;IC;1991-09-30;1996-01-09
Vyacheslav Trubnikov;Trubnikov;IC;1996-01-10;2000-05-20
Sergei Lebedev;Sergey Lebedev;IC;2000-05-20;2007-10-09
Mikhail Fradkov;Fradkov;IC;2007-10-09;2016-10-05
Sergey Naryshkin;Sergei Naryshkin|Naryshkin;IC;2016-10-05;
Igor Sergun;Sergun;IC;2011-12-01;2016-01-03;MIL
Igor Korobov;Korobov;IC;2016-02-01;2018-11-21;MIL
Igor Kostyukov;Kostyukov;IC;2018-11-22;;MIL
Boris Gryzlov;Gryzlov;IM;2001-03-28;2003-12-24
Rashid Nurgaliyev;Rashid Nurgaliev|Nurgaliyev;IM;2004-03-09;2012-05-21
Vladimir Kolokoltsev;Kolokoltsev;IM;2012-05-21;
Alexei Kudrin;Alexey Kudrin|Kudrin;FIN;2000-05-18;2011-09-26
Anton Siluanov;Siluanov;FIN;2011-09-26;
Maria Zakharova;Mariya Zakharova|Zakharova;SP;2015-08-10;
Alexander Lukashevich;Lukashevich;SP;2011-01-01;2015-08-10
Dmitry Peskov;Dmitri Peskov|Peskov;SP;2012-05-22;
Nikolai Patrushev;Nikolay Patrushev|Patrushev;NSA;2008-05-12;2024-05-14
Sergei Shoigu;Sergey Shoigu|Shoigu;NSA;2024-05-12;
Sergei Stepashin;Sergey Stepashin|Stepashin;IC;1994-03-03;1995-06-30
Mikhail Barsukov;Barsukov;IC;1995-07-24;1996-06-20
Valery Gerasimov;Valeri Gerasimov|Gerasimov;GL;2012-11-09;;MIL
Ramzan Kadyrov;Kadyrov;GL;2007-03-02;;GOV
