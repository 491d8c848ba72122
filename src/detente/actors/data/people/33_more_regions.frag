# Caucasus, Central Asia, Belarus, the Western Balkans, the Maghreb and Libya, East and Central
# Africa: portfolios, speakers, party and opposition leaders, central bankers (2015-2025)
@ARM
Davit Tonoyan;David Tonoyan;DM;2018-05-12;2020-11-20
Ararat Mirzoyan;Mirzoyan;SPK;2019-01-14;2021-08-02
Alen Simonyan;Simonyan;SPK;2021-08-02;
Robert Kocharyan;Kocharyan;PL;2021-01-01;;OPP
@AZE
Hikmet Hajiyev;Hikmat Hajiyev;MIN;2019-01-01;
Ogtay Asadov;Ogtay Asadov;SPK;2005-12-02;2020-03-10
Sahiba Gafarova;Gafarova;SPK;2020-03-10;
Mehriban Aliyeva;Mehriban Aliyev;VP;2017-02-21;
@GEO
Irakli Kobakhidze;;SPK;2016-11-18;2019-06-21
Shalva Papuashvili;Papuashvili;SPK;2021-12-29;
Bidzina Ivanishvili;Ivanishvili;PL;2012-04-21;;PTY
Nika Melia;Melia;PL;2020-01-01;2023-01-01;OPP
@BLR
@KAZ
Karim Massimov;Massimov;IC;2016-09-09;2022-01-05
@UZB
@TJK
Kokhir Rasulzoda;Qohir Rasulzoda|Rasulzoda;HOG;2013-11-23;
@KGZ
@XKX
@BIH
Milorad Dodik;Dodik;PL;2006-02-28;;PTY
Bakir Izetbegović;Bakir Izetbegovic|Izetbegović;PL;2015-05-26;;PTY
Christian Schmidt;;MIN;2021-08-01;;IGO
Valentin Inzko;Inzko;MIN;2009-03-26;2021-07-31;IGO
@MKD
Nikola Dimitrov;;FM;2017-06-01;2020-08-30
Hristijan Mickoski;Mickoski;PL;2017-12-24;;PTY
@ALB
Lulzim Basha;Basha;PL;2013-07-22;2022-01-01;OPP
Sali Berisha;Berisha;PL;2022-01-01;;OPP
@CYP
Nikos Christodoulides;Christodoulides;FM;2018-03-01;2022-01-01
Ioannis Kasoulides;Kasoulides;FM;2013-03-01;2018-03-01
Mustafa Akıncı;Mustafa Akinci|Akıncı|Akinci;GL;2015-04-30;2020-10-23;PRE
Ersin Tatar;Tatar;GL;2020-10-23;2025-10-24;PRE
@DZA
Ahmed Gaid Salah;Gaid Salah;ARMY;2004-08-03;2019-12-23
Said Chengriha;Chengriha;ARMY;2019-12-23;
@MAR
Abdelilah Benkirane;Benkirane;PL;2008-07-20;;PTY
Omar Hilale;Hilale;UNA;2014-04-01;
@TUN
Rached Ghannouchi;Ghannouchi;PL;1991-01-01;;OPP
Rached Ghannouchi;Ghannouchi;SPK;2019-11-13;2021-07-25
@LBY
Khalifa Haftar;Khalifa Hifter|Haftar|Hifter;ARMY;2015-03-02;;MIL
Aguila Saleh;Aguila Saleh Issa;SPK;2014-08-05;
Ghassan Salamé;Ghassan Salame|Salamé|Salame;ENV;2017-06-22;2020-03-02;IGO
@SDN
Mohamed Hamdan Dagalo;Hemedti|Hemeti|Dagalo;VP;2019-04-13;2023-05-19
@SSD
Riek Machar;Machar;VP;2020-02-22;
Taban Deng Gai;Taban Deng;VP;2016-07-26;2020-02-22
@SOM
@COD
Moïse Katumbi;Moise Katumbi|Katumbi;PL;2015-01-01;;OPP
Martin Fayulu;Fayulu;PL;2018-11-11;;OPP
Jean-Pierre Bemba;Bemba;PL;1998-01-01;;OPP
@UGA
Robert Kyagulanyi;Bobi Wine;PL;2017-06-29;;OPP
Kizza Besigye;Besigye;PL;2001-01-01;;OPP
Ruhakana Rugunda;Rugunda;HOG;2014-09-18;2021-06-21
Muhoozi Kainerugaba;Muhoozi;ARMY;2024-03-21;
@TZA
Kassim Majaliwa;Majaliwa;HOG;2015-11-20;
Tundu Lissu;Lissu;PL;2017-01-01;;OPP
@RWA
Yolande Makolo;Makolo;SP;2019-01-01;
@ZWE
Constantino Chiwenga;Chiwenga;VP;2017-12-28;
Nelson Chamisa;Chamisa;PL;2018-02-14;;OPP
Morgan Tsvangirai;Tsvangirai;PL;1999-09-11;2018-02-14;OPP
@CIV
Amadou Gon Coulibaly;Gon Coulibaly;HOG;2017-01-10;2020-07-08
Guillaume Soro;Soro;SPK;2012-03-12;2019-02-08
@SEN
Ousmane Sonko;Sonko;PL;2014-01-01;;OPP
@CMR
Joseph Ngute;Joseph Dion Ngute;HOG;2019-01-04;
Maurice Kamto;Kamto;PL;2012-01-01;;OPP
@MDG
Hery Rajaonarimampianina;Rajaonarimampianina;HOS;2014-01-25;2018-09-07
Marc Ravalomanana;Ravalomanana;PL;2002-01-01;;OPP
@BFA
Paul Kaba Thieba;Kaba Thieba;HOG;2016-01-07;2019-01-18
@MLI
@NER
@SYC
Danny Faure;;HOS;2016-10-16;2020-10-26
James Michel;;HOS;2004-04-14;2016-10-16
@KHM
Kem Sokha;;PL;2017-03-02;;OPP
Sam Rainsy;Rainsy;PL;1995-01-01;;OPP
@MNG
Khaltmaagiin Battulga;Battulga;HOS;2017-07-10;2021-06-25
