# Israel, Palestine, Iran, Turkey, Gulf, Egypt, Iraq, Syria, Jordan, Lebanon: portfolios beyond
# the big four, speakers, party and opposition leaders, central bankers, UN ambassadors (2015-2025)
@ISR
Moshe Kahlon;Kahlon;FIN;2015-05-14;2020-05-17
Israel Katz;;FIN;2020-05-17;2021-06-13
Avigdor Lieberman;Avigdor Liberman|Lieberman|Liberman;FIN;2021-06-13;2022-12-29
Ayelet Shaked;Shaked;JUS;2015-05-14;2019-06-04
Yariv Levin;;JUS;2022-12-29;
Gideon Sa'ar;Gideon Saar|Sa'ar;JUS;2021-06-13;2022-12-29
Gilad Erdan;Erdan;UNA;2020-09-01;2024-08-31
Danny Danon;Danon;UNA;2015-10-01;2020-08-31
Danny Danon;Danon;UNA;2024-09-01;
Yuli Edelstein;Edelstein;SPK;2013-03-18;2020-03-25
Amir Ohana;Ohana;SPK;2022-12-29;
Karnit Flug;;CB;2013-11-13;2018-11-12
Amir Yaron;;CB;2018-12-03;
Isaac Herzog;Yitzhak Herzog|Herzog;OL;2015-03-31;2017-07-04
Benny Gantz;Gantz;PL;2018-12-27;;OPP
Aryeh Deri;Deri;PL;2013-05-01;;PTY
Naftali Bennett;;PL;2012-11-07;2021-06-13;PTY
Gabi Eisenkot;Gadi Eisenkot|Eisenkot;ARMY;2015-02-16;2019-01-15
Aviv Kochavi;Kochavi;ARMY;2019-01-15;2023-01-16
Herzi Halevi;;ARMY;2023-01-16;2025-03-05
Eyal Zamir;;ARMY;2025-03-05;
Haim Ramon;;MIN;1992-01-01;2009-01-01
Yoav Galant;Yoav Gallant|Gallant;MIN;2015-05-14;2022-12-29
Ron Dermer;Dermer;MIN;2022-12-29;
@PSE
Riyad Mansour;Riyad H. Mansour;UNA;2005-01-01;
Saeb Erekat;Erekat;MIN;2003-01-01;2020-11-10
Nabil Abu Rudeineh;Abu Rudeineh;SP;2005-01-01;
Jibril Rajoub;Rajoub;PL;2017-01-01;;PTY
Hussein al-Sheikh;Hussein al Sheikh;VP;2025-04-26;
@IRN
Eshaq Jahangiri;Jahangiri;VP;2013-08-05;2021-08-05
Mohammad Mokhber;Mokhber;VP;2021-08-08;2024-07-28
Mohammad Reza Aref;;VP;2024-07-28;
Ali Larijani;Larijani;SPK;2008-05-28;2020-05-28
Mohammad Bagher Ghalibaf;Mohammad Baqer Qalibaf|Ghalibaf|Qalibaf;SPK;2020-05-28;
Ali Tayebnia;;FIN;2013-08-15;2017-08-20
Masoud Karbasian;;FIN;2017-08-20;2018-08-26
Farhad Dejpasand;;FIN;2018-10-28;2021-08-25
Ehsan Khandouzi;;FIN;2021-08-25;2024-08-21
Bijan Zanganeh;Bijan Namdar Zanganeh|Zanganeh;ENE;2013-08-15;2021-08-25
Javad Owji;Owji;ENE;2021-08-25;2024-08-21
Mohsen Paknejad;;ENE;2024-08-21;
Abbas Akhoundi;Abbas Ahmad Akhoundi|Akhoundi;TRN;2013-08-15;2018-10-20
Mahmoud Vaezi;Vaezi;COS;2017-08-20;2021-08-03
Mohammad Bagher Nobakht;Nobakht;SP;2013-08-15;2018-08-01
Ali Rabiei;Rabiei;SP;2019-01-01;2021-08-01
Ali Bahadori Jahromi;;SP;2021-08-25;2024-08-01
Fatemeh Mohajerani;;SP;2024-08-21;
Valiollah Seif;;CB;2013-08-26;2018-07-25
Abdolnaser Hemmati;Hemmati;CB;2018-07-25;2020-12-19
Mohammad Reza Farzin;;CB;2022-12-29;2025-01-01
Gholamali Khoshroo;Khoshroo;UNA;2014-09-01;2019-04-01
Majid Takht-Ravanchi;Takht-Ravanchi;UNA;2019-04-01;2022-08-01
Amir Saeid Iravani;Iravani;UNA;2022-08-01;
Ali Akbar Velayati;Velayati;MIN;1997-01-01;
Ali Akbar Salehi;Salehi;MIN;2013-08-16;2021-08-24
Mohammad Eslami;;MIN;2021-08-29;
Abbas Araghchi;Araqchi;MIN;2013-01-01;2021-08-01
Ali Bagheri Kani;Bagheri Kani;MIN;2021-09-01;2024-07-01
Ebrahim Raisi;;CJ;2019-03-07;2021-07-01
Gholam-Hossein Mohseni-Ejei;Mohseni-Ejei|Mohseni Ejei;CJ;2021-07-01;
Sadegh Larijani;Sadeq Larijani;CJ;2009-08-15;2019-03-07
Mohammad Bagheri;;ARMY;2016-06-28;2025-06-13
Hossein Salami;Salami;ARMY;2019-04-21;2025-06-13
Mohammad Ali Jafari;;ARMY;2007-09-01;2019-04-21
Qassem Soleimani;Qasem Soleimani|Soleimani;ARMY;1998-01-01;2020-01-03
Esmail Qaani;Qaani;ARMY;2020-01-03;
@TUR
Devlet Bahçeli;Devlet Bahceli|Bahçeli|Bahceli;PL;1997-07-06;;PTY
Meral Akşener;Meral Aksener|Akşener|Aksener;PL;2017-10-25;2024-04-27;OPP
Selahattin Demirtaş;Selahattin Demirtas|Demirtaş|Demirtas;PL;2007-01-01;2018-02-11;OPP
Berat Albayrak;Albayrak;ENE;2015-11-24;2018-07-10
Mehmet Şimşek;Mehmet Simsek|Şimşek|Simsek;DPM;2009-05-01;2018-07-09
Fatih Dönmez;Fatih Donmez;ENE;2018-07-10;2023-06-03
Alparslan Bayraktar;;ENE;2023-06-03;
Bekir Bozdağ;Bekir Bozdag|Bozdağ;JUS;2015-11-24;2017-07-19
Abdulhamit Gül;Abdulhamit Gul;JUS;2017-07-19;2022-01-29
Bekir Bozdağ;Bekir Bozdag|Bozdağ;JUS;2022-01-29;2023-06-03
Yılmaz Tunç;Yilmaz Tunc;JUS;2023-06-03;
Fahrettin Koca;Koca;HEA;2018-07-10;2023-06-03
Ruhsar Pekcan;Pekcan;TRD;2018-07-10;2021-04-20
Mehmet Muş;Mehmet Mus;TRD;2021-04-21;2023-06-03
Ömer Bolat;Omer Bolat;TRD;2023-06-03;
Fahrettin Altun;Altun;MIN;2018-07-24;2025-01-01
Hami Aksoy;Aksoy;SP;2017-01-01;2021-01-01
Ömer Çelik;Omer Celik;SP;2019-01-01;;PTY
İsmail Kahraman;Ismail Kahraman;SPK;2015-11-22;2018-07-07
Binali Yıldırım;Binali Yildirim;SPK;2018-07-18;2019-02-18
Mustafa Şentop;Mustafa Sentop|Şentop;SPK;2019-02-24;2023-06-02
Numan Kurtulmuş;Numan Kurtulmus|Kurtulmuş;SPK;2023-06-07;
Numan Kurtulmuş;Numan Kurtulmus|Kurtulmuş;DPM;2014-08-29;2017-07-19
Bekir Bozdağ;Bekir Bozdag;DPM;2017-07-19;2018-07-09
Fuat Oktay;Oktay;VP;2018-07-10;2023-06-03
Cevdet Yılmaz;Cevdet Yilmaz;VP;2023-06-03;
Murat Çetinkaya;Murat Cetinkaya;CB;2016-04-19;2019-07-06
Murat Uysal;;CB;2019-07-06;2020-11-07
Naci Ağbal;Naci Agbal;CB;2020-11-07;2021-03-20
Şahap Kavcıoğlu;Sahap Kavcioglu|Kavcıoğlu;CB;2021-03-20;2023-06-08
Hafize Gaye Erkan;Gaye Erkan;CB;2023-06-09;2024-02-03
Fatih Karahan;Karahan;CB;2024-02-03;
Feridun Sinirlioğlu;Feridun Sinirlioglu;UNA;2016-01-01;2020-01-01
Hulusi Akar;;ARMY;2015-08-18;2018-07-10
Yaşar Güler;Yasar Guler;ARMY;2018-07-10;2023-06-03
Mansur Yavaş;Mansur Yavas;MAY;2019-04-08;
@SAU
Khalid al-Falih;Khalid A. Al-Falih|Khalid Al-Falih|Falih;ENE;2016-05-07;2019-09-08
Abdulaziz bin Salman;Prince Abdulaziz bin Salman;ENE;2019-09-08;
Ibrahim al-Assaf;Ibrahim Al-Assaf;FIN;1996-01-01;2016-11-01
Mohammed al-Jadaan;Mohammed Al-Jadaan|Jadaan;FIN;2016-11-01;
Adel al-Jubeir;Adel Al-Jubeir|Jubeir;MIN;2018-12-27;
Abdullah al-Mouallimi;Abdallah al-Mouallimi|Mouallimi;UNA;2011-01-01;2021-12-01
Abdulaziz Alwasil;;UNA;2021-12-01;
Turki al-Maliki;Turki Al-Maliki|Turki al-Malki;SP;2015-03-26;
Reema bint Bandar;Princess Reema bint Bandar|Reema bint Bandar Al Saud;AMB;2019-02-23;
Khalid bin Salman;Prince Khalid bin Salman;AMB;2017-04-22;2019-02-23
Ahmed al-Kholifey;;CB;2016-05-01;2021-01-01
Ayman al-Sayari;;CB;2021-02-01;
Mohammed bin Nayef;Prince Mohammed bin Nayef;IM;2012-11-05;2017-06-21
@ARE
Mohammed bin Rashid Al Maktoum;Sheikh Mohammed bin Rashid|Mohammed bin Rashid;VP;2006-01-05;
Mansour bin Zayed Al Nahyan;Sheikh Mansour bin Zayed|Mansour bin Zayed;DPM;2009-05-11;
Anwar Gargash;Gargash;MIN;2008-02-17;2021-02-10
Suhail al-Mazrouei;Suhail Al Mazrouei|Mazrouei;ENE;2013-03-01;
Lana Nusseibeh;Nusseibeh;UNA;2013-09-01;2024-06-01
Sultan Al Jaber;Sultan al-Jaber;MIN;2016-02-10;
@QAT
Ali Shareef Al Emadi;Ali Sherif al-Emadi;FIN;2013-06-26;2021-05-06
Saad Sherida al-Kaabi;Saad al-Kaabi|Saad Sherida Al Kaabi;ENE;2018-11-01;
Lolwah al-Khater;Lolwah Al Khater;SP;2017-01-01;2022-01-01
Alya Ahmed bin Saif Al Thani;Sheikha Alya;UNA;2013-01-01;
@EGY
Tarek Amer;;CB;2015-11-27;2022-08-17
Hassan Abdalla;;CB;2022-08-18;
Amr Moussa;;MIN;2011-01-01;2014-12-01
Ali Abdel Aal;Ali Abdel-Al;SPK;2016-01-10;2021-01-12
Hanafy Gebaly;;SPK;2021-01-12;
Mohamed Maait;Mohamed Moait;FIN;2018-06-14;2024-07-03
Ahmed Kouchouk;;FIN;2024-07-03;
Amr el-Garhy;Amr El-Garhy;FIN;2016-02-01;2018-06-14
Ahmed Abu Zeid;Ahmed Abu Zaid;SP;2016-01-01;2024-01-01
Bassam Rady;Bassam Radi;SP;2016-01-01;2023-01-01
@IRQ
Salim al-Jabouri;Salim al-Jubouri;SPK;2014-07-15;2018-09-15
Mohamed al-Halbousi;Mohammed al-Halbousi|Halbousi;SPK;2018-09-15;2023-11-14
Mahmoud al-Mashhadani;;SPK;2024-10-31;
Muqtada al-Sadr;Moqtada al-Sadr|Muqtada Sadr|Sadr;PL;2003-01-01;;OPP
Hadi al-Amiri;Hadi al-Ameri|Amiri;PL;2003-01-01;;PRM
Ammar al-Hakim;Ammar Hakim;PL;2009-09-01;;PTY
Nouri al-Maliki;Nuri al-Maliki;PL;2006-05-20;;PTY
Ali al-Sistani;Grand Ayatollah Ali al-Sistani|Ayatollah Sistani|Sistani;MIN;1992-01-01;;REL
Ali Allawi;;FIN;2020-05-07;2022-08-16
Ihsan Abdul Jabbar;;ENE;2020-05-07;2022-10-27
Hayan Abdul Ghani;;ENE;2022-10-27;
Jabbar al-Luaibi;Jabbar Ali al-Luaibi;ENE;2016-08-15;2018-10-25
@SYR
Bashar Jaafari;Bashar al-Jaafari|Jaafari;UNA;2006-01-01;2020-12-01
Bassam Sabbagh;Sabbagh;UNA;2020-12-01;2025-01-01
Bouthaina Shaaban;Bouthaina Shaban|Shaaban;MIN;2008-01-01;2024-12-08
@JOR
Crown Prince Hussein;Hussein bin Abdullah;ROY;2009-07-02;
Queen Rania;Rania;ROY;1999-02-07;
@LBN
Hassan Nasrallah;Nasrallah;GL;1992-02-16;2024-09-27;REB
Naim Qassem;Naim Qassem;GL;2024-10-29;;REB
Nabih Berri;Berri;SPK;1992-10-20;
Samir Geagea;Geagea;PL;2005-01-01;;OPP
Walid Jumblatt;Jumblatt;PL;1977-01-01;;PTY
Gebran Bassil;Bassil;PL;2015-08-27;;PTY
Riad Salameh;Salameh;CB;1993-08-01;2023-07-31
Joseph Aoun;;ARMY;2017-03-08;2025-01-09
