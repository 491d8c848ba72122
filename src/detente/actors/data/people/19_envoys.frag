# ambassadors to the United Nations and special envoys, office un_envoy
@USA
Thomas Pickering;Pickering;ENV;1989-03-20;1992-05-07
Madeleine Albright;Albright;ENV;1993-01-27;1997-01-21
Bill Richardson;;ENV;1997-02-13;1998-08-18
Richard Holbrooke;Holbrooke;ENV;1999-08-25;2001-01-20
John Negroponte;Negroponte;ENV;2001-09-18;2004-06-23
John Bolton;Bolton;ENV;2005-08-02;2006-12-31
Zalmay Khalilzad;Khalilzad;ENV;2007-04-30;2009-01-22
Susan Rice;;ENV;2009-01-22;2013-06-30
Samantha Power;;ENV;2013-08-05;2017-01-20
Nikki Haley;Haley;ENV;2017-01-27;2018-12-31
Kelly Craft;;ENV;2019-09-12;2021-01-20
Linda Thomas-Greenfield;Thomas-Greenfield;ENV;2021-02-25;2025-01-20
Mike Waltz;Michael Waltz;ENV;2025-09-19;
George Mitchell;George J. Mitchell;ENV;2009-01-22;2011-05-20
Richard Holbrooke;Holbrooke;ENV;2009-01-22;2010-12-13
Brett McGurk;McGurk;ENV;2015-10-23;2018-12-31
Jason Greenblatt;Greenblatt;ENV;2017-01-20;2019-10-31
Zalmay Khalilzad;Khalilzad;ENV;2018-09-04;2021-10-18
Robert Malley;Rob Malley;ENV;2021-01-28;2023-06-29
Amos Hochstein;Hochstein;ENV;2021-08-01;2025-01-20
Brett McGurk;McGurk;ENV;2021-01-20;2025-01-20
Steve Witkoff;Steven Witkoff|Witkoff;ENV;2025-01-20;
Keith Kellogg;Kellogg;ENV;2025-01-20;
Tom Barrack;Thomas Barrack;ENV;2025-05-23;
@RUS
Sergey Lavrov;Sergei Lavrov|Lavrov;ENV;1994-04-01;2004-03-09
Vitaly Churkin;Churkin;ENV;2006-04-08;2017-02-20
Vasily Nebenzya;Vassily Nebenzia|Nebenzia|Nebenzya;ENV;2017-07-27;
@CHN
Wang Guangya;;ENV;2003-09-01;2008-08-31
Li Baodong;;ENV;2010-03-01;2013-07-31
Liu Jieyi;;ENV;2013-08-01;2017-11-30
Ma Zhaoxu;;ENV;2018-01-01;2019-07-31
Zhang Jun;;ENV;2019-08-01;2024-01-31
Fu Cong;;ENV;2024-02-01;
@GBR
Jeremy Greenstock;Greenstock;ENV;1998-07-01;2003-07-31
Mark Lyall Grant;;ENV;2009-10-01;2015-04-30
Matthew Rycroft;Rycroft;ENV;2015-04-01;2018-06-30
Barbara Woodward;;ENV;2020-11-01;
@FRA
Gérard Araud;Gerard Araud;ENV;2009-07-01;2014-07-31
François Delattre;Francois Delattre;ENV;2014-08-01;2019-07-31
Nicolas de Rivière;Nicolas de Riviere;ENV;2019-08-01;2023-08-31
Jérôme Bonnafont;Jerome Bonnafont;ENV;2023-09-01;
@IRN
Mohammad Khazaee;;ENV;2007-08-01;2014-07-31
Gholamali Khoshroo;Khoshroo;ENV;2014-08-01;2019-04-30
Majid Takht-Ravanchi;Takht-Ravanchi;ENV;2019-04-01;2021-08-31
Amir Saeid Iravani;Iravani;ENV;2021-09-01;
@UKR
Oleksandr Turchynov;Turchynov;NSA;2014-12-16;2019-05-20
Oleksiy Danilov;Danilov;NSA;2019-10-03;2024-03-26
Oleksandr Lytvynenko;Lytvynenko;NSA;2024-03-26;2025-07-17
@PRK
Kim Yong-chol;Kim Yong Chol;IC;2009-02-01;2016-01-01;MIL
@HOUTHI
Saleh al-Sammad;Saleh Ali al-Sammad;GL;2016-08-15;2018-04-19
