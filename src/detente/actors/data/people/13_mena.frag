@JOR
Hussein bin Talal;King Hussein;HOS;1952-08-11;1999-02-07
Abdullah II;King Abdullah II|Abdullah II bin Al-Hussein|King Abdullah;HOS;1999-02-07;
Ali Abu al-Ragheb;Ali Abu Ragheb;HOG;2000-06-19;2003-10-25
Faisal al-Fayez;Faisal Fayez;HOG;2003-10-25;2005-04-07
Adnan Badran;;HOG;2005-04-07;2005-11-27
Marouf al-Bakhit;Marouf Bakhit;HOG;2005-11-27;2007-11-25
Nader al-Dahabi;Nader Dahabi;HOG;2007-11-25;2009-12-14
Samir Rifai;Samir al-Rifai;HOG;2009-12-14;2011-02-09
Marouf al-Bakhit;Marouf Bakhit;HOG;2011-02-09;2011-10-24
Awn Khasawneh;Awn al-Khasawneh;HOG;2011-10-24;2012-05-02
Fayez Tarawneh;Fayez al-Tarawneh;HOG;2012-05-02;2012-10-11
Abdullah Ensour;Abdullah Nsour;HOG;2012-10-11;2016-06-01
Hani Mulki;Hani al-Mulki;HOG;2016-06-01;2018-06-14
Omar Razzaz;Omar al-Razzaz;HOG;2018-06-14;2020-10-12
Bisher Al-Khasawneh;Bisher Khasawneh;HOG;2020-10-12;2024-09-18
Jafar Hassan;Jafar Hassan;HOG;2024-09-18;
Marwan Muasher;Muasher;FM;2002-01-14;2004-10-01
Abdul Ilah Khatib;Abdelelah al-Khatib;FM;2005-04-07;2007-11-25
Salaheddine al-Bashir;;FM;2007-11-25;2009-02-23
Nasser Judeh;Judeh;FM;2009-02-23;2017-01-15
Ayman Safadi;Safadi;FM;2017-01-15;
@LBN
Elias Hrawi;Hrawi;HOS;1989-11-24;1998-11-24
Émile Lahoud;Emile Lahoud|Lahoud;HOS;1998-11-24;2007-11-23
Michel Suleiman;Michel Sleiman;HOS;2008-05-25;2014-05-25
Michel Aoun;;HOS;2016-10-31;2022-10-30
Joseph Aoun;;HOS;2025-01-09;
Omar Karami;;HOG;1990-12-24;1992-05-13
Rafic Hariri;Rafik Hariri|Rafiq Hariri;HOG;1992-10-31;1998-12-04
Selim Hoss;Salim al-Hoss;HOG;1998-12-04;2000-10-23
Rafic Hariri;Rafik Hariri|Rafiq Hariri;HOG;2000-10-23;2004-10-21
Omar Karami;;HOG;2004-10-21;2005-04-19
Najib Mikati;Najib Miqati|Mikati;HOG;2005-04-19;2005-07-19
Fouad Siniora;Fuad Siniora|Siniora;HOG;2005-07-19;2009-11-09
Saad Hariri;;HOG;2009-11-09;2011-06-13
Najib Mikati;Najib Miqati|Mikati;HOG;2011-06-13;2014-02-15
Tammam Salam;;HOG;2014-02-15;2016-12-18
Saad Hariri;;HOG;2016-12-18;2020-01-21
Hassan Diab;;HOG;2020-01-21;2021-09-10
Najib Mikati;Najib Miqati|Mikati;HOG;2021-09-10;2025-02-08
Nawaf Salam;;HOG;2025-02-08;
Fawzi Salloukh;Fawzi Sallukh;FM;2005-07-19;2009-11-09
Ali Shami;Ali al-Shami;FM;2009-11-09;2011-06-13
Adnan Mansour;;FM;2011-06-13;2014-02-15
Gebran Bassil;Gibran Bassil|Bassil;FM;2014-02-15;2020-01-21
Nassif Hitti;Nassif Hitti;FM;2020-01-21;2020-08-03
Charbel Wehbe;;FM;2020-08-03;2021-05-19
Abdallah Bou Habib;Abdullah Bou Habib;FM;2021-09-10;2025-02-08
Youssef Rajji;Youssef Raggi;FM;2025-02-08;
Nabih Berri;Berri;GL;1980-04-01;;LEG
@LBY
Muammar Gaddafi;Muammar Qaddafi|Moammar Gadhafi|Gaddafi|Qaddafi|Gadhafi;HOS;1969-09-01;2011-08-23
Mustafa Abdul Jalil;Mustafa Abdel Jalil;HOS;2011-08-23;2012-08-08
Mohamed Magariaf;Mohammed Magariaf;HOS;2012-08-09;2013-05-28
Nouri Abusahmain;Nouri Abu Sahmain;HOS;2013-06-25;2014-08-04
Fayez al-Sarraj;Fayez Sarraj|Sarraj;HOS;2016-03-30;2021-03-15
Mohamed al-Menfi;Mohammed al-Menfi|Menfi;HOS;2021-03-15;
Baghdadi Mahmudi;al-Baghdadi al-Mahmudi;HOG;2006-03-05;2011-08-23
Mahmoud Jibril;Jibril;HOG;2011-08-23;2011-10-23
Abdurrahim El-Keib;Abdel Rahim al-Keeb;HOG;2011-11-24;2012-11-14
Ali Zeidan;;HOG;2012-11-14;2014-03-11
Abdullah al-Thani;Abdullah al-Thinni;HOG;2014-03-11;2016-03-30
Fayez al-Sarraj;Fayez Sarraj|Sarraj;HOG;2016-03-30;2021-03-15
Abdul Hamid Dbeibeh;Abdulhamid Dbeibah|Dbeibah|Dbeibeh;HOG;2021-03-15;
Abdel Rahman Shalgham;Shalgham;FM;2000-01-01;2009-03-04
Moussa Koussa;Musa Kusa|Koussa;FM;2009-03-04;2011-03-30
Moussa Koussa;Musa Kusa|Koussa;IC;1994-01-01;2009-03-04
Mohamed Taha Siala;Mohammed Siala;FM;2016-03-30;2021-03-15
Najla Mangoush;Najla el-Mangoush;FM;2021-03-15;2023-08-27
Khalifa Haftar;Khalifa Hifter|Haftar|Hifter;GL;2014-05-16;;MIL
Aguila Saleh;Aguila Saleh Issa|Agila Saleh;GL;2014-08-05;;LEG
Fathi Bashagha;Bashagha;GL;2022-03-01;2023-05-16;GOV
@TUN
Zine El Abidine Ben Ali;Ben Ali;HOS;1987-11-07;2011-01-14
Fouad Mebazaa;Mebazaa;HOS;2011-01-15;2011-12-13
Moncef Marzouki;Marzouki;HOS;2011-12-13;2014-12-31
Beji Caid Essebsi;Caid Essebsi|Essebsi;HOS;2014-12-31;2019-07-25
Mohamed Ennaceur;Ennaceur;HOS;2019-07-25;2019-10-23
Kais Saied;Kais Saïed|Saied;HOS;2019-10-23;
Mohamed Ghannouchi;;HOG;1999-11-17;2011-02-27
Beji Caid Essebsi;Caid Essebsi|Essebsi;HOG;2011-02-27;2011-12-24
Hamadi Jebali;Jebali;HOG;2011-12-24;2013-03-14
Ali Laarayedh;Laarayedh;HOG;2013-03-14;2014-01-29
Mehdi Jomaa;Jomaa;HOG;2014-01-29;2015-02-06
Habib Essid;Essid;HOG;2015-02-06;2016-08-27
Youssef Chahed;Chahed;HOG;2016-08-27;2020-02-27
Elyes Fakhfakh;Fakhfakh;HOG;2020-02-27;2020-09-02
Hichem Mechichi;Mechichi;HOG;2020-09-02;2021-07-25
Najla Bouden;Najla Bouden Romdhane;HOG;2021-10-11;2023-08-01
Ahmed Hachani;Hachani;HOG;2023-08-01;2024-08-07
Kamel Madouri;Madouri;HOG;2024-08-07;2025-03-20
Sara Zaafrani Zenzri;Zaafrani Zenzri;HOG;2025-03-20;
Rafik Abdessalem;Rafik Abdessalem;FM;2011-12-24;2013-03-14
Othman Jerandi;Jerandi;FM;2013-03-14;2014-01-29
Khemaies Jhinaoui;Jhinaoui;FM;2016-01-06;2019-10-29
Othman Jerandi;Jerandi;FM;2020-09-02;2023-02-07
Nabil Ammar;;FM;2023-02-07;2024-08-25
Mohamed Ali Nafti;Nafti;FM;2024-08-25;
@DZA
Chadli Bendjedid;Chadli;HOS;1979-02-09;1992-01-11
Mohamed Boudiaf;Boudiaf;HOS;1992-01-16;1992-06-29
Ali Kafi;;HOS;1992-07-02;1994-01-31
Liamine Zéroual;Liamine Zeroual|Zeroual;HOS;1994-01-31;1999-04-27
Abdelaziz Bouteflika;Bouteflika;HOS;1999-04-27;2019-04-02
Abdelkader Bensalah;Bensalah;HOS;2019-04-09;2019-12-19
Abdelmadjid Tebboune;Tebboune;HOS;2019-12-19;
Ahmed Ouyahia;Ouyahia;HOG;1995-12-31;1998-12-15
Smail Hamdani;;HOG;1998-12-15;1999-12-23
Ahmed Benbitour;Benbitour;HOG;1999-12-23;2000-08-26
Ali Benflis;Benflis;HOG;2000-08-26;2003-05-05
Ahmed Ouyahia;Ouyahia;HOG;2003-05-05;2006-05-24
Abdelaziz Belkhadem;Belkhadem;HOG;2006-05-24;2008-06-23
Ahmed Ouyahia;Ouyahia;HOG;2008-06-23;2012-09-03
Abdelmalek Sellal;Sellal;HOG;2012-09-03;2017-05-24
Abdelmadjid Tebboune;Tebboune;HOG;2017-05-25;2017-08-15
Ahmed Ouyahia;Ouyahia;HOG;2017-08-15;2019-03-11
Noureddine Bedoui;Bedoui;HOG;2019-03-11;2019-12-19
Abdelaziz Djerad;Djerad;HOG;2019-12-28;2021-06-30
Aymen Benabderrahmane;Benabderrahmane;HOG;2021-06-30;2023-11-11
Nadir Larbaoui;Larbaoui;HOG;2023-11-11;2025-08-28
Abdelaziz Belkhadem;Belkhadem;FM;2000-08-26;2005-05-01
Mohamed Bedjaoui;Bedjaoui;FM;2005-05-01;2007-06-04
Mourad Medelci;Medelci;FM;2007-06-04;2013-09-11
Ramtane Lamamra;Lamamra;FM;2013-09-11;2017-05-25
Abdelkader Messahel;Messahel;FM;2017-05-25;2019-03-31
Sabri Boukadoum;Boukadoum;FM;2019-04-01;2021-07-07
Ramtane Lamamra;Lamamra;FM;2021-07-07;2023-03-16
Ahmed Attaf;Attaf;FM;2023-03-16;
Said Chanegriha;Saïd Chengriha|Chengriha;GL;2019-12-23;;MIL
@MAR
Hassan II;King Hassan II;HOS;1961-02-26;1999-07-23
Mohammed VI;King Mohammed VI|King Mohammed;HOS;1999-07-23;
Abdellatif Filali;Filali;HOG;1994-06-07;1998-03-14
Abderrahmane Youssoufi;Youssoufi;HOG;1998-03-14;2002-10-09
Driss Jettou;Jettou;HOG;2002-10-09;2007-09-19
Abbas El Fassi;El Fassi;HOG;2007-09-19;2011-11-29
Abdelilah Benkirane;Benkirane;HOG;2011-11-29;2017-04-05
Saadeddine Othmani;Saad Eddine El Othmani|El Othmani;HOG;2017-04-05;2021-10-07
Aziz Akhannouch;Akhannouch;HOG;2021-10-07;
Abdellatif Filali;Filali;FM;1985-04-01;1999-04-06
Mohamed Benaissa;Benaissa;FM;1999-04-06;2007-10-15
Taieb Fassi Fihri;Fassi Fihri;FM;2007-10-15;2012-01-03
Saadeddine Othmani;Saad Eddine El Othmani|El Othmani;FM;2012-01-03;2013-10-10
Salaheddine Mezouar;Mezouar;FM;2013-10-10;2017-04-05
Nasser Bourita;Bourita;FM;2017-04-05;
@YEM
Ali Abdullah Saleh;;HOS;1990-05-22;2012-02-27
Abdrabbuh Mansur Hadi;Abd Rabbuh Mansur Hadi|Mansour Hadi;HOS;2012-02-27;2022-04-07
Rashad al-Alimi;Rashad Alimi|al-Alimi;HOS;2022-04-07;
Abdul Karim al-Iryani;Abdul Karim Iryani;HOG;1998-05-14;2001-04-04
Abdul Qadir Bajamal;Bajamal;HOG;2001-04-04;2007-03-31
Ali Muhammad Mujawar;Mujawar;HOG;2007-03-31;2011-12-07
Mohammed Basindawa;Basindwa;HOG;2011-12-07;2014-09-24
Khaled Bahah;Bahah;HOG;2014-10-13;2016-04-03
Ahmed Obeid bin Daghr;Ahmed bin Dagher;HOG;2016-04-04;2018-10-15
Maeen Abdulmalik;Maeen Abdulmalik Saeed;HOG;2018-10-15;2024-02-05
Ahmad Awad bin Mubarak;Ahmed bin Mubarak;HOG;2024-02-05;2025-05-03
Salem bin Breik;Salem Saleh bin Braik;HOG;2025-05-03;
Abu Bakr al-Qirbi;al-Qirbi;FM;2001-04-04;2014-11-09
Abdulmalik al-Mekhlafi;al-Mekhlafi;FM;2015-12-01;2018-05-24
Khalid al-Yamani;Khaled al-Yamani;FM;2018-05-24;2019-06-10
Mohammed al-Hadhrami;Mohammed Al-Hadhrami;FM;2019-06-10;2020-12-18
Ahmad Awad bin Mubarak;Ahmed bin Mubarak;FM;2020-12-18;2024-02-05
Shaya al-Zindani;Shaya Mohsen al-Zindani;FM;2024-03-01;
Aidarus al-Zoubaidi;Aidarous al-Zubaidi;GL;2017-05-11;;REB
@OMN
Qaboos bin Said;Sultan Qaboos;HOS;1970-07-23;2020-01-10
Haitham bin Tariq;Sultan Haitham;HOS;2020-01-11;
Qaboos bin Said;Sultan Qaboos;HOG;1970-07-23;2020-01-10
Haitham bin Tariq;Sultan Haitham;HOG;2020-01-11;
Yusuf bin Alawi bin Abdullah;Yousuf bin Alawi;FM;1982-01-01;2020-08-18
Badr Albusaidi;Badr al-Busaidi|Sayyid Badr Albusaidi;FM;2020-08-18;
@KWT
Jaber Al-Ahmad Al-Sabah;Sheikh Jaber;HOS;1977-12-31;2006-01-15
Saad Al-Abdullah Al-Sabah;Sheikh Saad;HOS;2006-01-15;2006-01-24
Sabah Al-Ahmad Al-Jaber Al-Sabah;Sheikh Sabah;HOS;2006-01-29;2020-09-29
Nawaf Al-Ahmad Al-Jaber Al-Sabah;Sheikh Nawaf;HOS;2020-09-29;2023-12-16
Mishal Al-Ahmad Al-Jaber Al-Sabah;Sheikh Mishal|Mishal al-Ahmad;HOS;2023-12-16;
Saad Al-Abdullah Al-Sabah;Sheikh Saad;HOG;1978-02-08;2003-07-13
Sabah Al-Ahmad Al-Jaber Al-Sabah;Sheikh Sabah;HOG;2003-07-13;2006-01-29
Nasser Al-Mohammed Al-Sabah;Nasser al-Mohammed;HOG;2006-02-07;2011-11-28
Jaber Al-Mubarak Al-Hamad Al-Sabah;Jaber al-Mubarak;HOG;2011-11-30;2019-11-19
Sabah Al-Khalid Al-Sabah;Sabah al-Khalid;HOG;2019-11-19;2022-07-24
Ahmad Nawaf Al-Sabah;Ahmad Nawaf al-Ahmad;HOG;2022-07-24;2024-01-04
Mohammad Sabah Al-Salem Al-Sabah;Mohammad Sabah al-Salem;HOG;2024-01-04;2024-04-15
Ahmad Abdullah Al-Ahmad Al-Sabah;Ahmad Abdullah al-Sabah;HOG;2024-05-15;
Sabah Al-Ahmad Al-Jaber Al-Sabah;Sheikh Sabah;FM;1963-01-28;2003-07-13
Mohammad Sabah Al-Salem Al-Sabah;Mohammad Sabah al-Salem;FM;2003-07-13;2011-10-18
Sabah Al-Khalid Al-Sabah;Sabah al-Khalid;FM;2011-10-18;2019-11-19
Ahmad Nasser Al-Mohammad Al-Sabah;Ahmad Nasser al-Sabah;FM;2019-12-17;2022-08-01
@BHR
Isa bin Salman Al Khalifa;Sheikh Isa;HOS;1961-11-02;1999-03-06
Hamad bin Isa Al Khalifa;King Hamad;HOS;1999-03-06;
Khalifa bin Salman Al Khalifa;Sheikh Khalifa bin Salman;HOG;1970-01-19;2020-11-11
Salman bin Hamad Al Khalifa;Crown Prince Salman;HOG;2020-11-11;
Mohammed bin Mubarak Al Khalifa;;FM;1971-08-15;2005-09-26
Khalid bin Ahmed Al Khalifa;Khalid bin Ahmed;FM;2005-09-26;2020-02-11
Abdullatif bin Rashid Al Zayani;Abdullatif Al Zayani|Al Zayani;FM;2020-02-11;
@GCC
Abdullatif bin Rashid Al Zayani;Abdullatif Al Zayani|Al Zayani;SG;2011-04-01;2020-01-31
Nayef Falah Mubarak Al-Hajraf;Nayef al-Hajraf;SG;2020-02-01;2023-01-31
Jasem Mohamed Albudaiwi;Jasem Albudaiwi;SG;2023-02-01;
@PSE
Yasser Arafat;Yasir Arafat|Arafat;HOS;1989-04-02;2004-11-11
Rawhi Fattouh;;HOS;2004-11-11;2005-01-15
Mahmoud Abbas;Abu Mazen;HOS;2005-01-15;
Mahmoud Abbas;Abu Mazen;HOG;2003-04-30;2003-10-07
Ahmed Qurei;Abu Alaa|Qurei;HOG;2003-10-07;2006-03-29
Ismail Haniyeh;Ismail Haniya|Haniyeh|Haniya;HOG;2006-03-29;2007-06-14
Salam Fayyad;Fayyad;HOG;2007-06-15;2013-06-06
Rami Hamdallah;Hamdallah;HOG;2013-06-06;2019-04-14
Mohammad Shtayyeh;Mohammad Shtayyeh|Shtayyeh|Shtayeh;HOG;2019-04-14;2024-03-31
Mohammad Mustafa;;HOG;2024-03-31;
Nabil Shaath;Shaath;FM;2003-04-30;2005-02-24
Nasser al-Kidwa;Nasser al-Qudwa;FM;2005-02-24;2006-03-29
Mahmoud al-Zahar;Mahmoud Zahar;FM;2006-03-29;2007-03-17
Ziad Abu Amr;;FM;2007-03-17;2007-06-15
Riyad al-Maliki;Riad Malki|Riyad al-Malki;FM;2007-06-15;2024-03-31
Mohammad Mustafa;;FM;2024-03-31;
Jibril Rajoub;Rajoub;IC;1994-01-01;2002-01-01
Majed Faraj;Majid Faraj;IC;2009-01-01;
@PIJ
Ramadan Shallah;Ramadan Abdullah Shallah;GL;1995-10-26;2018-09-28
Ziyad al-Nakhalah;Ziad al-Nakhala|Nakhalah;GL;2018-09-28;
