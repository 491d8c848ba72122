@TUR
Turgut Özal;Ozal;HOS;1989-11-09;1993-04-17
Süleyman Demirel;Demirel;HOS;1993-05-16;2000-05-16
Ahmet Necdet Sezer;Necdet Sezer|Sezer;HOS;2000-05-16;2007-08-28
Abdullah Gül;Gul;HOS;2007-08-28;2014-08-28
Recep Tayyip Erdoğan;Erdoğan|Erdogan|Tayyip Erdogan|Tayyip Erdoğan;HOS;2014-08-28;
Yıldırım Akbulut;Akbulut;HOG;1989-11-09;1991-06-23
Mesut Yılmaz;Mesut Yilmaz;HOG;1991-06-23;1991-11-20
Süleyman Demirel;Demirel;HOG;1991-11-20;1993-05-16
Tansu Çiller;Ciller;HOG;1993-06-25;1996-03-06
Mesut Yılmaz;Mesut Yilmaz;HOG;1996-03-06;1996-06-28
Necmettin Erbakan;Erbakan;HOG;1996-06-28;1997-06-30
Mesut Yılmaz;Mesut Yilmaz;HOG;1997-06-30;1999-01-11
Bülent Ecevit;Ecevit;HOG;1999-01-11;2002-11-18
Abdullah Gül;Gul;HOG;2002-11-18;2003-03-14
Recep Tayyip Erdoğan;Erdoğan|Erdogan|Tayyip Erdogan|Tayyip Erdoğan;HOG;2003-03-14;2014-08-28
Ahmet Davutoğlu;Davutoglu;HOG;2014-08-28;2016-05-24
Binali Yıldırım;Binali Yildirim;HOG;2016-05-24;2018-07-09
Mesut Yılmaz;Mesut Yilmaz;FM;1987-12-21;1990-02-20
Ali Bozer;;FM;1990-02-20;1990-10-12
Ahmet Kurtcebe Alptemoçin;Alptemocin;FM;1990-10-23;1991-06-23
Safa Giray;;FM;1991-06-23;1991-11-20
Hikmet Çetin;Hikmet Cetin;FM;1991-11-20;1994-07-27
Mümtaz Soysal;Soysal;FM;1994-07-27;1994-11-28
Murat Karayalçın;Karayalcin;FM;1994-12-12;1995-03-27
Erdal İnönü;Inonu;FM;1995-03-27;1995-10-05
Deniz Baykal;Baykal;FM;1995-10-30;1996-03-06
Emre Gönensay;Gonensay;FM;1996-03-06;1996-06-28
Tansu Çiller;Ciller;FM;1996-06-28;1997-06-30
İsmail Cem;Ismail Cem;FM;1997-06-30;2002-07-11
Şükrü Sina Gürel;Sukru Sina Gurel;FM;2002-07-11;2002-11-18
Yaşar Yakış;Yasar Yakis;FM;2002-11-18;2003-03-14
Abdullah Gül;Gul;FM;2003-03-14;2007-08-28
Ali Babacan;Babacan;FM;2007-08-29;2009-05-01
Ahmet Davutoğlu;Davutoglu;FM;2009-05-01;2014-08-29
Mevlüt Çavuşoğlu;Mevlut Cavusoglu|Cavusoglu|Çavuşoğlu;FM;2014-08-29;2015-08-28
Feridun Sinirlioğlu;Sinirlioglu;FM;2015-08-28;2015-11-24
Mevlüt Çavuşoğlu;Mevlut Cavusoglu|Cavusoglu|Çavuşoğlu;FM;2015-11-24;2023-06-04
Hakan Fidan;Fidan;FM;2023-06-04;
İsmet Sezgin;Ismet Sezgin;DM;1997-06-30;1999-05-28
Sabahattin Çakmakoğlu;Cakmakoglu;DM;1999-05-28;2002-11-18
Vecdi Gönül;Vecdi Gonul;DM;2002-11-18;2011-07-06
İsmet Yılmaz;Ismet Yilmaz;DM;2011-07-06;2015-08-28
Vecdi Gönül;Vecdi Gonul;DM;2015-08-28;2015-11-24
İsmet Yılmaz;Ismet Yilmaz;DM;2015-11-24;2016-05-24
Fikri Işık;Fikri Isik;DM;2016-05-24;2017-07-19
Nurettin Canikli;Canikli;DM;2017-07-19;2018-07-10
Hulusi Akar;Akar;DM;2018-07-10;2023-06-04
Yaşar Güler;Yasar Guler;DM;2023-06-04;
Sönmez Köksal;Sonmez Koksal;IC;1992-06-01;1998-05-01
Şenkal Atasagun;Senkal Atasagun;IC;1998-06-01;2005-06-01
Emre Taner;;IC;2005-06-01;2010-05-27
Hakan Fidan;Fidan;IC;2010-05-27;2015-02-10
Hakan Fidan;Fidan;IC;2015-03-09;2023-06-04
İbrahim Kalın;Ibrahim Kalin|Kalın|Kalin;IC;2023-06-05;
İbrahim Kalın;Ibrahim Kalin|Kalın|Kalin;SP;2014-12-01;2023-06-04
Abdülkadir Aksu;Abdulkadir Aksu;IM;2003-03-14;2007-08-29
Beşir Atalay;Besir Atalay;IM;2007-08-29;2011-07-06
İdris Naim Şahin;Idris Naim Sahin;IM;2011-07-06;2013-01-24
Muammer Güler;Muammer Guler;IM;2013-01-24;2013-12-25
Efkan Ala;;IM;2013-12-25;2015-08-28
Efkan Ala;;IM;2015-11-24;2016-08-31
Süleyman Soylu;Suleyman Soylu|Soylu;IM;2016-08-31;2023-06-04
Ali Yerlikaya;Yerlikaya;IM;2023-06-04;
Kemal Unakıtan;Kemal Unakitan;FIN;2002-11-18;2009-05-01
Mehmet Şimşek;Mehmet Simsek|Şimşek|Simsek;FIN;2009-05-01;2015-08-28
Naci Ağbal;Naci Agbal;FIN;2015-11-24;2018-07-10
Berat Albayrak;Albayrak;FIN;2018-07-10;2020-11-08
Lütfi Elvan;Lutfi Elvan;FIN;2020-11-09;2021-12-02
Nureddin Nebati;Nebati;FIN;2021-12-02;2023-06-04
Mehmet Şimşek;Mehmet Simsek|Şimşek|Simsek;FIN;2023-06-04;
@IRN
Ali Khamenei;Ayatollah Ali Khamenei|Ayatollah Khamenei|Khamenei|Sayyid Ali Khamenei;SL;1989-06-04;
Ruhollah Khomeini;Ayatollah Khomeini|Khomeini;SL;1979-12-03;1989-06-03
Akbar Hashemi Rafsanjani;Ali Akbar Hashemi Rafsanjani|Hashemi Rafsanjani|Rafsanjani;HOS;1989-08-03;1997-08-03
Mohammad Khatami;Khatami;HOS;1997-08-03;2005-08-03
Mahmoud Ahmadinejad;Ahmadinejad;HOS;2005-08-03;2013-08-03
Hassan Rouhani;Hassan Rohani|Rouhani|Rohani;HOS;2013-08-03;2021-08-03
Ebrahim Raisi;Ebrahim Raeisi|Raisi|Raeisi;HOS;2021-08-03;2024-05-19
Mohammad Mokhber;Mokhber;HOS;2024-05-20;2024-07-28
Masoud Pezeshkian;Pezeshkian;HOS;2024-07-28;
Ali Akbar Velayati;Velayati;FM;1981-12-15;1997-08-20
Kamal Kharazi;Kharazi;FM;1997-08-20;2005-08-24
Manouchehr Mottaki;Mottaki;FM;2005-08-24;2010-12-13
Ali Akbar Salehi;Salehi;FM;2010-12-13;2013-08-15
Mohammad Javad Zarif;Javad Zarif|Zarif;FM;2013-08-15;2021-08-25
Hossein Amir-Abdollahian;Hossein Amir Abdollahian|Amir-Abdollahian|Amirabdollahian;FM;2021-08-25;2024-05-19
Ali Bagheri Kani;Ali Bagheri|Bagheri Kani;FM;2024-05-20;2024-08-21
Abbas Araghchi;Araghchi|Araqchi;FM;2024-08-21;
Akbar Torkan;;DM;1989-08-29;1993-08-16
Mohammad Forouzandeh;;DM;1993-08-16;1997-08-20;MIL
Ali Shamkhani;Shamkhani;DM;1997-08-20;2005-08-24;MIL
Mostafa Mohammad-Najjar;Mostafa Mohammad Najjar;DM;2005-08-24;2009-09-03;MIL
Ahmad Vahidi;Vahidi;DM;2009-09-03;2013-08-15;MIL
Hossein Dehghan;Dehghan;DM;2013-08-15;2017-08-20;MIL
Amir Hatami;Hatami;DM;2017-08-20;2021-08-25;MIL
Mohammad-Reza Ashtiani;Mohammad Reza Gharaei Ashtiani;DM;2021-08-25;2024-08-21;MIL
Aziz Nasirzadeh;Nasirzadeh;DM;2024-08-21;;MIL
Ali Fallahian;Fallahian;IC;1989-08-29;1997-08-20
Qorbanali Dorri-Najafabadi;Dorri Najafabadi;IC;1997-08-20;1999-02-09
Ali Younesi;Ali Yunesi;IC;1999-02-09;2005-08-24
Gholam-Hossein Mohseni-Ejei;Mohseni-Ejei|Mohseni Ejei;IC;2005-08-24;2009-07-26
Heydar Moslehi;Heidar Moslehi;IC;2009-08-29;2013-08-15
Mahmoud Alavi;;IC;2013-08-15;2021-08-25
Esmaeil Khatib;Ismail Khatib|Esmail Khatib;IC;2021-08-25;
Qasem Soleimani;Qassem Soleimani|Qassem Suleimani|Soleimani|Suleimani;IC;1998-01-01;2020-01-03;MIL
Esmail Qaani;Esmail Ghaani|Ismail Qaani|Qaani;IC;2020-01-03;;MIL
Ali Larijani;Larijani;NSA;2005-08-15;2007-10-20
Saeed Jalili;Jalili;NSA;2007-10-20;2013-09-10
Ali Shamkhani;Shamkhani;NSA;2013-09-10;2023-05-22
Ali Akbar Ahmadian;Ahmadian;NSA;2023-05-22;2025-08-05
Ali Larijani;Larijani;NSA;2025-08-05;
Bahram Ghasemi;Bahram Qasemi;SP;2016-01-01;2019-09-01
Abbas Mousavi;;SP;2019-09-01;2021-02-01
Saeed Khatibzadeh;Khatibzadeh;SP;2021-02-01;2022-05-01
Nasser Kanaani;Nasser Kanani|Kanaani;SP;2022-05-01;2024-08-31
Esmaeil Baghaei;Esmaeil Baqaei|Baghaei;SP;2024-09-01;
Abdolreza Rahmani Fazli;Rahmani Fazli;IM;2013-08-15;2021-08-25
Ahmad Vahidi;Vahidi;IM;2021-08-25;2024-08-21
Eskandar Momeni;Momeni;IM;2024-08-21;
