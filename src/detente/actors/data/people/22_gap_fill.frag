@SUN
Nikolai Ryzhkov;Ryzhkov;HOG;1985-09-27;1991-01-14
Valentin Pavlov;;HOG;1991-01-14;1991-08-22
Dmitry Yazov;Yazov;DM;1987-05-30;1991-08-22;MIL
Yevgeny Shaposhnikov;Shaposhnikov;DM;1991-08-23;1991-12-25;MIL
Vladimir Kryuchkov;Kryuchkov;IC;1988-10-01;1991-08-22
@RUS
Ivan Silayev;Silayev;HOG;1990-06-15;1991-09-26
Boris Yeltsin;Yeltsin;HOG;1991-11-06;1992-06-15
@ISR
Benjamin Netanyahu;Netanyahu;FM;1998-01-06;1998-10-13
@UKR
Volodymyr Khandohiy;Khandogiy;FM;2009-03-03;2009-10-09
Valeriy Ivashchenko;Ivashchenko;DM;2009-06-05;2010-03-11
@IRQ
Ali Hassan al-Majid;Chemical Ali|al-Majid;DM;1991-03-01;1995-07-01
@QAT
Khalifa bin Hamad Al Thani;Sheikh Khalifa bin Hamad;HOG;1972-02-22;1995-06-27
Hamad bin Khalifa Al Thani;Sheikh Hamad bin Khalifa|Emir Hamad;HOG;1995-06-27;1996-10-29
@IND
V. C. Shukla;Vidya Charan Shukla;FM;1990-11-21;1991-02-20
P. V. Narasimha Rao;Narasimha Rao;FM;1992-03-31;1993-01-18
Manmohan Singh;;FM;2005-11-06;2006-10-24
V. P. Singh;Vishwanath Pratap Singh;DM;1989-12-02;1990-11-10
Chandra Shekhar;;DM;1990-11-21;1991-06-26
P. V. Narasimha Rao;Narasimha Rao;DM;1993-03-06;1996-05-16
@KOR
Kang Young-hoon;;HOG;1988-12-16;1990-12-27
Ro Jai-bong;;HOG;1990-12-27;1991-05-24
Chung Won-shik;;HOG;1991-07-08;1992-10-07
Hyun Soong-jong;;HOG;1992-10-08;1993-02-24
Hwang In-sung;;HOG;1993-02-25;1993-12-16
Lee Yung-duk;;HOG;1994-04-30;1994-12-16
Lee Hong-koo;;HOG;1994-12-17;1995-12-17
Lee Soo-sung;;HOG;1995-12-18;1997-03-03
Kim Suk-soo;;HOG;2002-10-04;2003-02-26
Lee Sang-ock;;FM;1990-12-27;1993-02-25
Han Sung-joo;;FM;1993-02-26;1994-12-23
Gong Ro-myung;;FM;1994-12-24;1996-11-06
Yoo Chong-ha;;FM;1996-11-07;1998-03-02
Hong Soon-young;;FM;1998-08-04;2000-01-13
Lee Joung-binn;;FM;2000-01-14;2001-03-26
Han Seung-soo;;FM;2001-03-26;2002-02-04
Choi Sung-hong;;FM;2002-02-04;2003-02-27
@CZE
Jan Kohout;Kohout;FM;2009-05-08;2010-07-13
Jan Kohout;Kohout;FM;2013-07-10;2014-01-29
@SRB
Mirko Marjanović;Mirko Marjanovic;HOG;1994-03-18;2000-10-24
Goran Svilanović;Goran Svilanovic;FM;2000-11-04;2004-03-16
@ARM
Hrant Bagratyan;Bagratyan;HOG;1993-02-12;1996-11-04
Robert Kocharyan;Kocharyan;HOG;1997-03-20;1998-04-10
Vazgen Sargsyan;Vazgen Sarkisian;HOG;1999-06-11;1999-10-27
Andranik Margaryan;Margaryan;HOG;2000-05-12;2007-03-25
@NGA
Sule Lamido;;FM;1999-06-01;2003-05-29
Oluyemi Adeniji;Adeniji;FM;2003-07-01;2006-06-01
Joy Ogwu;;FM;2006-06-01;2007-05-29
@NZL
Don McKinnon;McKinnon;FM;1990-11-02;1999-12-10
Phil Goff;;FM;1999-12-10;2005-10-19
@TWN
Liu Chao-shiuan;;HOG;2008-05-20;2009-09-10
Wu Den-yih;;HOG;2009-09-10;2012-02-06
Sean Chen;;HOG;2012-02-06;2013-02-18
Jiang Yi-huah;;HOG;2013-02-18;2014-12-08
Mao Chi-kuo;;HOG;2014-12-08;2016-02-01
Simon Chang;;HOG;2016-02-01;2016-05-20
Lin Chuan;;HOG;2016-05-20;2017-09-08
Timothy Yang;;FM;2009-09-10;2012-09-20
David Lin;Lin Yung-lo;FM;2012-09-20;2016-05-20
@LKA
Dinesh Gunawardena;;FM;2019-11-22;2021-08-16
G. L. Peiris;GL Peiris;FM;2021-08-16;2022-05-09
@VNM
Võ Chí Công;Vo Chi Cong;HOS;1987-06-18;1992-09-23
Đỗ Mười;Do Muoi;HOG;1988-06-22;1991-08-08
@NER
Bakary Yaou Sangaré;Bakary Yaou Sangare;FM;2023-07-28;
@ETH
Mengistu Haile Mariam;Mengistu;HOS;1987-09-10;1991-05-21
@THA
Kantathi Suphamongkhon;Kantathi;FM;2005-03-11;2006-09-19
Nitya Pibulsonggram;;FM;2006-10-09;2008-02-06
Noppadon Pattama;Noppadon;FM;2008-02-06;2008-07-10
@GRC
Antonis Samaras;Samaras;FM;1990-04-11;1992-04-14
Michalis Papakonstantinou;;FM;1992-08-07;1993-10-13
Karolos Papoulias;Papoulias;FM;1993-10-13;1996-01-22
@FIN
Paavo Väyrynen;Paavo Vayrynen;FM;1991-04-26;1993-05-05
Heikki Haavisto;;FM;1993-05-05;1995-04-13
Tarja Halonen;Halonen;FM;1995-04-13;2000-02-25
@BEL
Mark Eyskens;Eyskens;FM;1989-10-01;1992-03-07
@SWE
Sten Andersson;;FM;1985-10-17;1991-10-04
@NOR
Jan P. Syse;Jan Syse;HOG;1989-10-16;1990-11-03
