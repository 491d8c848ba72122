@ISR
Chaim Herzog;;HOS;1983-05-05;1993-05-13
Ezer Weizman;Weizman;HOS;1993-05-13;2000-07-13
Moshe Katsav;Katsav;HOS;2000-08-01;2007-07-01
Shimon Peres;Peres;HOS;2007-07-15;2014-07-24
Reuven Rivlin;Rivlin;HOS;2014-07-24;2021-07-07
Isaac Herzog;Yitzhak Herzog;HOS;2021-07-07;
Yitzhak Shamir;Shamir;HOG;1986-10-20;1992-07-13
Yitzhak Rabin;Rabin;HOG;1992-07-13;1995-11-04
Shimon Peres;Peres;HOG;1995-11-04;1996-06-18
Benjamin Netanyahu;Binyamin Netanyahu|Netanyahu|Bibi Netanyahu;HOG;1996-06-18;1999-07-06
Ehud Barak;Barak;HOG;1999-07-06;2001-03-07
Ariel Sharon;;HOG;2001-03-07;2006-01-04
Ehud Olmert;Olmert;HOG;2006-01-04;2009-03-31
Benjamin Netanyahu;Binyamin Netanyahu|Netanyahu|Bibi Netanyahu;HOG;2009-03-31;2021-06-13
Naftali Bennett;Bennett;HOG;2021-06-13;2022-06-30
Yair Lapid;Lapid;HOG;2022-07-01;2022-12-29
Benjamin Netanyahu;Binyamin Netanyahu|Netanyahu|Bibi Netanyahu;HOG;2022-12-29;
Moshe Arens;Arens;FM;1988-12-22;1990-06-11
David Levy;;FM;1990-06-11;1992-07-13
Shimon Peres;Peres;FM;1992-07-13;1995-11-22
Ehud Barak;Barak;FM;1995-11-22;1996-06-18
David Levy;;FM;1996-06-18;1998-01-06
Ariel Sharon;;FM;1998-10-13;1999-07-06
David Levy;;FM;1999-07-06;2000-08-04
Shlomo Ben-Ami;Ben-Ami;FM;2000-08-04;2001-03-07
Shimon Peres;Peres;FM;2001-03-07;2002-11-02
Benjamin Netanyahu;Binyamin Netanyahu|Netanyahu;FM;2002-11-06;2003-02-28
Silvan Shalom;;FM;2003-02-28;2006-01-16
Tzipi Livni;Livni;FM;2006-01-18;2009-03-31
Avigdor Lieberman;Avigdor Liberman|Lieberman|Liberman;FM;2009-03-31;2012-12-18
Avigdor Lieberman;Avigdor Liberman|Lieberman|Liberman;FM;2013-11-11;2015-05-14
Benjamin Netanyahu;Netanyahu;FM;2012-12-18;2013-11-11
Benjamin Netanyahu;Netanyahu;FM;2015-05-14;2019-02-17
Israel Katz;Yisrael Katz;FM;2019-02-17;2020-05-17
Gabi Ashkenazi;Gabi Ashkenazi|Ashkenazi;FM;2020-05-17;2021-06-13
Yair Lapid;Lapid;FM;2021-06-13;2022-12-29
Eli Cohen;;FM;2022-12-29;2024-01-01
Israel Katz;Yisrael Katz;FM;2024-01-01;2024-11-05
Gideon Sa'ar;Gideon Saar|Sa'ar;FM;2024-11-05;
Moshe Arens;Arens;DM;1990-06-11;1992-07-13
Yitzhak Rabin;Rabin;DM;1992-07-13;1995-11-04
Shimon Peres;Peres;DM;1995-11-04;1996-06-18
Yitzhak Mordechai;Mordechai;DM;1996-06-18;1999-01-23
Moshe Arens;Arens;DM;1999-01-23;1999-07-06
Ehud Barak;Barak;DM;1999-07-06;2001-03-07
Binyamin Ben-Eliezer;Benjamin Ben-Eliezer|Fuad Ben-Eliezer;DM;2001-03-07;2002-11-02
Shaul Mofaz;Mofaz;DM;2002-11-04;2006-05-04
Amir Peretz;Peretz;DM;2006-05-04;2007-06-18
Ehud Barak;Barak;DM;2007-06-18;2013-03-18
Moshe Ya'alon;Moshe Yaalon|Ya'alon|Yaalon;DM;2013-03-18;2016-05-20
Avigdor Lieberman;Avigdor Liberman|Lieberman|Liberman;DM;2016-05-30;2018-11-18
Benjamin Netanyahu;Netanyahu;DM;2018-11-18;2019-11-12
Naftali Bennett;Bennett;DM;2019-11-12;2020-05-17
Benny Gantz;Gantz;DM;2020-05-17;2022-12-29
Yoav Gallant;Gallant;DM;2022-12-29;2024-11-05
Israel Katz;Yisrael Katz;DM;2024-11-05;
Shabtai Shavit;;IC;1989-04-01;1996-06-01
Danny Yatom;;IC;1996-06-01;1998-03-01
Efraim Halevy;;IC;1998-03-01;2002-09-01
Meir Dagan;Dagan;IC;2002-09-01;2011-01-01
Tamir Pardo;Pardo;IC;2011-01-01;2016-01-06
Yossi Cohen;Yosef Cohen;IC;2016-01-06;2021-06-01
David Barnea;Barnea;IC;2021-06-01;
Ami Ayalon;;IC;1996-02-01;2000-05-14
Avi Dichter;Dichter;IC;2000-05-14;2005-05-14
Yuval Diskin;Diskin;IC;2005-05-15;2011-05-15
Yoram Cohen;;IC;2011-05-16;2016-05-08
Nadav Argaman;Argaman;IC;2016-05-08;2021-10-13
Ronen Bar;;IC;2021-10-13;2025-06-15
David Zini;Zini;IC;2025-10-05;
Itamar Ben-Gvir;Ben-Gvir|Ben Gvir;IM;2022-12-29;
Bezalel Smotrich;Smotrich;FIN;2022-12-29;
Tzachi Hanegbi;Hanegbi;NSA;2023-01-01;2025-10-01
Eyal Hulata;Hulata;NSA;2021-07-01;2023-01-01
Meir Ben-Shabbat;Ben-Shabbat;NSA;2017-08-01;2021-07-01
@UKR
Leonid Kravchuk;Kravchuk;HOS;1990-07-23;1994-07-19
Leonid Kuchma;Kuchma;HOS;1994-07-19;2005-01-23
Viktor Yushchenko;Yushchenko;HOS;2005-01-23;2010-02-25
Viktor Yanukovych;Yanukovych|Yanukovich;HOS;2010-02-25;2014-02-22
Oleksandr Turchynov;Turchynov;HOS;2014-02-23;2014-06-07
Petro Poroshenko;Poroshenko;HOS;2014-06-07;2019-05-20
Volodymyr Zelensky;Volodymyr Zelenskyy|Zelenskyy|Zelensky|Zelenskiy;HOS;2019-05-20;
Vitold Fokin;Fokin;HOG;1990-11-23;1992-10-01
Leonid Kuchma;Kuchma;HOG;1992-10-13;1993-09-22
Yukhym Zvyahilsky;Zvyahilsky;HOG;1993-09-22;1994-06-16
Vitaliy Masol;Masol;HOG;1994-06-16;1995-03-01
Yevhen Marchuk;Marchuk;HOG;1995-03-01;1996-05-27
Pavlo Lazarenko;Lazarenko;HOG;1996-05-28;1997-07-02
Valeriy Pustovoitenko;Pustovoitenko;HOG;1997-07-16;1999-12-22
Viktor Yushchenko;Yushchenko;HOG;1999-12-22;2001-05-29
Anatoliy Kinakh;Kinakh;HOG;2001-05-29;2002-11-21
Viktor Yanukovych;Yanukovych|Yanukovich;HOG;2002-11-21;2005-01-05
Yulia Tymoshenko;Tymoshenko|Yulia Timoshenko;HOG;2005-01-24;2005-09-08
Yuriy Yekhanurov;Yuri Yekhanurov|Yekhanurov;HOG;2005-09-22;2006-08-04
Viktor Yanukovych;Yanukovych|Yanukovich;HOG;2006-08-04;2007-12-18
Yulia Tymoshenko;Tymoshenko|Yulia Timoshenko;HOG;2007-12-18;2010-03-04
Mykola Azarov;Azarov;HOG;2010-03-11;2014-01-28
Arseniy Yatsenyuk;Arseny Yatsenyuk|Yatsenyuk;HOG;2014-02-27;2016-04-14
Volodymyr Groysman;Groysman|Hroisman;HOG;2016-04-14;2019-08-29
Oleksiy Honcharuk;Honcharuk;HOG;2019-08-29;2020-03-04
Denys Shmyhal;Shmyhal;HOG;2020-03-04;2025-07-17
Yulia Svyrydenko;Svyrydenko;HOG;2025-07-17;
Anatoliy Zlenko;Anatoly Zlenko|Zlenko;FM;1990-07-27;1994-08-25
Hennadiy Udovenko;Udovenko;FM;1994-08-25;1998-04-17
Borys Tarasyuk;Tarasyuk;FM;1998-04-17;2000-10-02
Anatoliy Zlenko;Anatoly Zlenko|Zlenko;FM;2000-10-02;2003-09-02
Kostyantyn Gryshchenko;Konstantin Gryshchenko|Gryshchenko;FM;2003-09-02;2005-02-04
Borys Tarasyuk;Tarasyuk;FM;2005-02-04;2007-01-30
Arseniy Yatsenyuk;Yatsenyuk;FM;2007-03-21;2007-12-04
Volodymyr Ohryzko;Ohryzko;FM;2007-12-18;2009-03-03
Petro Poroshenko;Poroshenko;FM;2009-10-09;2010-03-11
Kostyantyn Gryshchenko;Konstantin Gryshchenko|Gryshchenko;FM;2010-03-11;2012-12-24
Leonid Kozhara;Kozhara;FM;2012-12-24;2014-02-23
Andrii Deshchytsia;Andriy Deshchytsia|Deshchytsia;FM;2014-02-27;2014-06-19
Pavlo Klimkin;Klimkin;FM;2014-06-19;2019-08-29
Vadym Prystaiko;Prystaiko;FM;2019-08-29;2020-03-04
Dmytro Kuleba;Dmitry Kuleba|Kuleba;FM;2020-03-04;2024-09-05
Andriy Yermak;Yermak;chief_of_staff;2020-02-11;2025-11-28
Andrii Sybiha;Andriy Sybiha|Sybiha;FM;2024-09-05;
Anatoliy Hrytsenko;Hrytsenko;DM;2005-02-04;2007-12-18
Yuriy Yekhanurov;Yekhanurov;DM;2007-12-18;2009-06-05
Mykhailo Yezhel;Yezhel;DM;2010-03-11;2012-02-08;MIL
Dmytro Salamatin;Salamatin;DM;2012-02-08;2012-12-24
Pavlo Lebedyev;Pavlo Lebedev;DM;2012-12-24;2014-02-27
Ihor Tenyukh;Tenyukh;DM;2014-02-27;2014-03-25;MIL
Mykhailo Koval;Koval;DM;2014-03-25;2014-07-03;MIL
Valeriy Heletey;Heletey;DM;2014-07-03;2014-10-14
Stepan Poltorak;Poltorak;DM;2014-10-14;2019-08-29;MIL
Andriy Zahorodniuk;Zahorodniuk;DM;2019-08-29;2020-03-04
Andriy Taran;Taran;DM;2020-03-04;2021-11-03
Oleksii Reznikov;Oleksiy Reznikov|Reznikov;DM;2021-11-04;2023-09-05
Rustem Umerov;Umerov;DM;2023-09-06;2025-07-17
Denys Shmyhal;Shmyhal;DM;2025-07-17;
Rustem Umerov;Umerov;NSA;2025-07-17;
Valentyn Nalyvaichenko;Nalyvaichenko;IC;2014-06-03;2015-06-18
Vasyl Hrytsak;Hrytsak;IC;2015-07-02;2019-06-03
Ivan Bakanov;Bakanov;IC;2019-08-29;2022-07-17
Vasyl Maliuk;Malyuk|Maliuk;IC;2022-07-18;
Kyrylo Budanov;Kyrylo Budanov|Budanov;IC;2020-08-05;;MIL
Arsen Avakov;Avakov;IM;2014-02-22;2021-07-15
Denys Monastyrsky;Monastyrsky;IM;2021-07-16;2023-01-18
Ihor Klymenko;Klymenko;IM;2023-02-07;
