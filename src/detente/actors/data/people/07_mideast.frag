@SAU
Fahd bin Abdulaziz;King Fahd|Fahd bin Abdulaziz Al Saud;HOS;1982-06-13;2005-08-01
Abdullah bin Abdulaziz;King Abdullah|Abdullah bin Abdulaziz Al Saud;HOS;2005-08-01;2015-01-23
Salman bin Abdulaziz;King Salman|Salman bin Abdulaziz Al Saud;HOS;2015-01-23;
Fahd bin Abdulaziz;King Fahd;HOG;1982-06-13;2005-08-01
Abdullah bin Abdulaziz;King Abdullah;HOG;2005-08-01;2015-01-23
Salman bin Abdulaziz;King Salman;HOG;2015-01-23;2022-09-27
Mohammed bin Salman;Mohammad bin Salman|Muhammad bin Salman|MBS|Crown Prince Mohammed;HOG;2022-09-27;
Sultan bin Abdulaziz;Prince Sultan;DM;1962-01-01;2011-10-22
Salman bin Abdulaziz;Prince Salman;DM;2011-11-05;2015-01-23
Mohammed bin Salman;Mohammad bin Salman|Muhammad bin Salman|MBS;DM;2015-01-23;2022-09-27
Khalid bin Salman;Khalid bin Salman Al Saud;DM;2022-09-27;
Saud al-Faisal;Prince Saud al-Faisal|Saud Al Faisal;FM;1975-03-13;2015-04-29
Adel al-Jubeir;Adel Al-Jubeir|Jubeir;FM;2015-04-29;2018-12-27
Ibrahim Abdulaziz Al-Assaf;Ibrahim al-Assaf;FM;2018-12-27;2019-10-23
Faisal bin Farhan;Faisal bin Farhan Al Saud|Prince Faisal bin Farhan;FM;2019-10-23;
Turki al-Faisal;Prince Turki al-Faisal;IC;1977-01-01;2001-08-31
Nawwaf bin Abdulaziz;Prince Nawwaf;IC;2001-09-01;2005-01-01
Muqrin bin Abdulaziz;Prince Muqrin;IC;2005-10-22;2012-07-19
Bandar bin Sultan;Prince Bandar|Bandar bin Sultan Al Saud;IC;2012-07-19;2014-04-15
Khalid bin Ali Al Humaidan;Khalid al-Humaidan;IC;2015-01-29;
Nayef bin Abdulaziz;Prince Nayef;IM;1975-01-01;2012-06-16
Ahmed bin Abdulaziz;Prince Ahmed;IM;2012-06-18;2012-11-05
Muhammad bin Nayef;Mohammed bin Nayef|Prince Mohammed bin Nayef;IM;2012-11-05;2017-06-21
Abdulaziz bin Saud bin Nayef;Abdulaziz bin Saud;IM;2017-06-21;
Ibrahim Abdulaziz Al-Assaf;Ibrahim al-Assaf;FIN;1996-01-01;2016-11-01
Mohammed Al-Jadaan;Mohammed al-Jadaan;FIN;2016-11-01;
@IRQ
Saddam Hussein;Saddam;HOS;1979-07-16;2003-04-09
Saddam Hussein;Saddam;HOG;1979-07-16;1991-03-23
Sa'dun Hammadi;Saadoun Hammadi;HOG;1991-03-27;1991-09-16
Mohammed Hamza al-Zubaidi;Hamza al-Zubaidi;HOG;1991-09-16;1993-09-05
Ahmad Husayn Khudayir as-Samarrai;Ahmad Hussein Khudayir;HOG;1993-09-05;1994-05-29
Saddam Hussein;Saddam;HOG;1994-05-29;2003-04-09
Ghazi al-Yawer;Ghazi Ajil al-Yawer;HOS;2004-06-28;2005-04-07
Jalal Talabani;Talabani;HOS;2005-04-07;2014-07-24
Fuad Masum;Fouad Massoum|Fuad Ma'sum;HOS;2014-07-24;2018-10-02
Barham Salih;Barham Saleh;HOS;2018-10-02;2022-10-17
Abdul Latif Rashid;Abdul Latif Jamal Rashid;HOS;2022-10-17;
Ayad Allawi;Iyad Allawi|Allawi;HOG;2004-06-28;2005-05-03
Ibrahim al-Jaafari;Ibrahim al-Jafari|Jaafari;HOG;2005-05-03;2006-05-20
Nouri al-Maliki;Nuri al-Maliki|Maliki;HOG;2006-05-20;2014-09-08
Haider al-Abadi;Haidar al-Abadi|Abadi;HOG;2014-09-08;2018-10-25
Adil Abdul-Mahdi;Adel Abdul Mahdi;HOG;2018-10-25;2020-05-07
Mustafa al-Kadhimi;Mustafa Al-Kadhimi|Kadhimi;HOG;2020-05-07;2022-10-27
Mohammed Shia al-Sudani;Mohammed Shia' al-Sudani|Sudani;HOG;2022-10-27;
Tariq Aziz;;FM;1983-01-01;1991-03-27
Ahmad Husayn Khudayir as-Samarrai;Ahmad Hussein Khudayir;FM;1991-03-27;1992-11-01
Muhammad Saeed al-Sahhaf;Mohammed Saeed al-Sahaf|al-Sahhaf;FM;1992-11-01;2001-04-01
Naji Sabri;Naji Sabri al-Hadithi;FM;2001-04-01;2003-04-09
Hoshyar Zebari;Zebari;FM;2003-09-03;2014-07-11
Ibrahim al-Jaafari;Ibrahim al-Jafari|Jaafari;FM;2014-09-08;2018-10-25
Mohamed Ali Alhakim;Mohammed Ali al-Hakim;FM;2018-10-25;2020-05-07
Fuad Hussein;Fouad Hussein;FM;2020-06-06;
Sultan Hashim Ahmad;Sultan Hashim Ahmad al-Tai;DM;1995-07-01;2003-04-09;MIL
Hazim al-Shaalan;Hazem Shaalan;DM;2004-06-28;2005-05-03
Saadoun al-Dulaimi;Sadoun al-Dulaimi;DM;2005-05-03;2006-05-20
Abdul Qadir Obeidi;Abdul Qader al-Obeidi;DM;2006-06-08;2010-12-21;MIL
Khaled al-Obaidi;Khalid al-Obaidi;DM;2014-10-18;2016-08-25
Erfan al-Hiyali;Irfan al-Hayali;DM;2017-01-30;2018-10-25;MIL
Najah al-Shammari;;DM;2019-06-24;2020-05-07;MIL
Juma Inad;Jumaa Anad;DM;2020-06-06;2022-10-27;MIL
Thabet al-Abbasi;Thabit al-Abbasi;DM;2022-10-27;
Mustafa al-Kadhimi;Kadhimi;IC;2016-06-01;2020-05-07
Masoud Barzani;Massoud Barzani|Barzani;GL;1979-03-01;
@SYR
Hafez al-Assad;Hafez Assad;HOS;1971-03-14;2000-06-10
Bashar al-Assad;Bashar Assad|Assad|al-Assad;HOS;2000-07-17;2024-12-08
Ahmed al-Sharaa;Ahmad al-Sharaa|al-Sharaa|Abu Mohammad al-Julani|Abu Mohammed al-Jolani|al-Jolani|al-Julani;HOS;2025-01-29;
Mahmoud Zuabi;Mahmoud al-Zoubi;HOG;1987-11-01;2000-03-07
Muhammad Mustafa Mero;Mohammed Mustafa Miro;HOG;2000-03-07;2003-09-10
Muhammad Naji al-Otari;Naji al-Otari;HOG;2003-09-10;2011-04-14
Adel Safar;;HOG;2011-04-14;2012-06-23
Riyad Farid Hijab;Riyad Hijab;HOG;2012-06-23;2012-08-06
Wael Nader al-Halqi;Wael al-Halqi;HOG;2012-08-09;2016-07-03
Imad Khamis;;HOG;2016-07-03;2020-08-11
Hussein Arnous;;HOG;2020-08-30;2024-09-14
Mohammad Ghazi al-Jalali;Mohammed al-Jalali;HOG;2024-09-14;2024-12-10
Mohammed al-Bashir;Mohammad al-Bashir;HOG;2024-12-10;2025-03-29
Farouk al-Sharaa;Farouq al-Sharaa|Farouk al-Shara;FM;1984-03-11;2006-02-11
Walid Muallem;Walid al-Moallem|Walid al-Muallem|Moallem;FM;2006-02-11;2020-11-16
Faisal Mekdad;Faisal al-Mekdad|Mekdad;FM;2020-11-22;2024-12-08
Asaad al-Shaibani;Asaad Hassan al-Shaibani|Shaibani;FM;2024-12-21;
Mustafa Tlass;Mustafa Tlas;DM;1972-03-01;2004-05-01;MIL
Hassan Turkmani;;DM;2004-05-01;2009-06-01;MIL
Ali Habib Mahmud;Ali Habib;DM;2009-06-01;2011-08-08;MIL
Dawoud Rajiha;Dawood Rajiha;DM;2011-08-08;2012-07-18;MIL
Fahd Jassem al-Freij;Fahd al-Freij;DM;2012-07-18;2018-01-01;MIL
Ali Abdullah Ayyoub;Ali Ayyoub;DM;2018-01-01;2022-04-28;MIL
Ali Mahmoud Abbas;;DM;2022-04-28;2024-12-08;MIL
Murhaf Abu Qasra;Marhaf Abu Qasra;DM;2024-12-21;;MIL
Ali Mamlouk;Ali Mamluk;IC;2005-01-01;2024-12-08
Anas Khattab;;IC;2024-12-26;2025-03-29
@QAT
Khalifa bin Hamad Al Thani;Sheikh Khalifa bin Hamad;HOS;1972-02-22;1995-06-27
Hamad bin Khalifa Al Thani;Sheikh Hamad bin Khalifa|Emir Hamad;HOS;1995-06-27;2013-06-25
Tamim bin Hamad Al Thani;Sheikh Tamim|Emir Tamim|Tamim bin Hamad;HOS;2013-06-25;
Abdullah bin Khalifa Al Thani;;HOG;1996-10-29;2007-04-03
Hamad bin Jassim Al Thani;Hamad bin Jassim bin Jaber Al Thani|Sheikh Hamad bin Jassim;HOG;2007-04-03;2013-06-26
Abdullah bin Nasser bin Khalifa Al Thani;Abdullah bin Nasser Al Thani;HOG;2013-06-26;2020-01-28
Khalid bin Khalifa bin Abdul Aziz Al Thani;Khalid bin Khalifa Al Thani;HOG;2020-01-28;2023-03-07
Mohammed bin Abdulrahman Al Thani;Sheikh Mohammed bin Abdulrahman|Mohammed bin Abdulrahman bin Jassim Al Thani;HOG;2023-03-07;
Hamad bin Jassim Al Thani;Hamad bin Jassim bin Jaber Al Thani|Sheikh Hamad bin Jassim;FM;1992-09-01;2013-06-26
Khalid bin Mohammad Al Attiyah;Khalid al-Attiyah;FM;2013-06-26;2016-01-27
Mohammed bin Abdulrahman Al Thani;Sheikh Mohammed bin Abdulrahman;FM;2016-01-27;
Khalid bin Mohammad Al Attiyah;Khalid al-Attiyah;DM;2016-01-27;2024-11-01
Majed al-Ansari;Majed Al Ansari;SP;2022-01-01;
@ARE
Zayed bin Sultan Al Nahyan;Sheikh Zayed;HOS;1971-12-02;2004-11-02
Khalifa bin Zayed Al Nahyan;Sheikh Khalifa;HOS;2004-11-03;2022-05-13
Mohamed bin Zayed Al Nahyan;Mohammed bin Zayed|MBZ|Sheikh Mohamed bin Zayed;HOS;2022-05-14;
Rashid bin Saeed Al Maktoum;;HOG;1979-04-25;1990-10-07
Maktoum bin Rashid Al Maktoum;Sheikh Maktoum;HOG;1990-10-07;2006-01-04
Mohammed bin Rashid Al Maktoum;Sheikh Mohammed bin Rashid;HOG;2006-01-05;
Rashid Abdullah Al Nuaimi;;FM;1980-01-01;2006-02-09
Abdullah bin Zayed Al Nahyan;Abdullah bin Zayed|Sheikh Abdullah bin Zayed;FM;2006-02-09;
Mohammed bin Rashid Al Maktoum;Sheikh Mohammed bin Rashid;DM;1971-12-09;
Tahnoun bin Zayed Al Nahyan;Tahnoun bin Zayed|Sheikh Tahnoun;NSA;2016-02-01;
@EGY
Hosni Mubarak;Mubarak;HOS;1981-10-14;2011-02-11
Mohamed Hussein Tantawi;Hussein Tantawi|Tantawi;HOS;2011-02-11;2012-06-30;MIL
Mohamed Morsi;Mohammed Morsi|Morsi|Mursi;HOS;2012-06-30;2013-07-03
Adly Mansour;Adli Mansour;HOS;2013-07-04;2014-06-08
Abdel Fattah el-Sisi;Abdel Fattah al-Sisi|Sisi|el-Sisi|al-Sisi;HOS;2014-06-08;
Atef Sedki;Atef Sidqi;HOG;1986-11-09;1996-01-02
Kamal Ganzouri;Kamal El-Ganzouri;HOG;1996-01-04;1999-10-05
Atef Ebeid;Atef Obeid;HOG;1999-10-05;2004-07-14
Ahmed Nazif;Nazif;HOG;2004-07-14;2011-01-29
Ahmed Shafik;Shafik;HOG;2011-01-29;2011-03-03
Essam Sharaf;;HOG;2011-03-03;2011-12-07
Kamal Ganzouri;Kamal El-Ganzouri;HOG;2011-12-07;2012-08-02
Hesham Qandil;Hisham Qandil;HOG;2012-08-02;2013-07-16
Hazem el-Beblawi;Hazem Beblawi;HOG;2013-07-16;2014-03-01
Ibrahim Mahlab;Mahlab;HOG;2014-03-01;2015-09-19
Sherif Ismail;;HOG;2015-09-19;2018-06-14
Mostafa Madbouly;Moustafa Madbouly|Madbouly;HOG;2018-06-14;
Esmat Abdel Meguid;Ahmed Esmat Abdel Meguid;FM;1984-07-01;1991-05-20
Amr Moussa;Amr Mousa;FM;1991-05-20;2001-05-15
Ahmed Maher;;FM;2001-05-15;2004-07-14
Ahmed Aboul Gheit;Ahmed Abul Gheit|Aboul Gheit;FM;2004-07-14;2011-03-06
Nabil Elaraby;Nabil el-Araby|Nabil al-Arabi;FM;2011-03-06;2011-06-30
Mohamed Kamel Amr;;FM;2011-07-31;2013-07-01
Nabil Fahmy;;FM;2013-07-16;2014-06-17
Sameh Shoukry;Sameh Shukri|Shoukry;FM;2014-06-17;2024-07-03
Badr Abdelatty;Badr Abdel Aty|Abdelatty;FM;2024-07-03;
Youssef Sabri Abu Taleb;Abu Taleb;DM;1989-04-01;1991-05-20;MIL
Mohamed Hussein Tantawi;Hussein Tantawi|Tantawi;DM;1991-05-20;2012-08-12;MIL
Abdel Fattah el-Sisi;Sisi|el-Sisi;DM;2012-08-12;2014-03-26;MIL
Sedki Sobhi;Sidqi Sobhi;DM;2014-03-26;2018-06-14;MIL
Mohamed Ahmed Zaki;;DM;2018-06-14;2024-07-03;MIL
Abdel Mageed Saqr;Abdel Majid Saqr;DM;2024-07-03;;MIL
Omar Suleiman;Omar Soliman;IC;1993-01-22;2011-01-29
Murad Muwafi;Mourad Mowafi;IC;2011-01-31;2012-08-08
Mohamed Raafat Shehata;;IC;2012-08-08;2013-07-04
Mohamed Farid el-Tohamy;Mohamed Farid Tohamy;IC;2013-07-04;2014-12-21
Khaled Fawzy;;IC;2014-12-21;2018-01-18
Abbas Kamel;;IC;2018-01-18;2024-10-16
Hassan Rashad;;IC;2024-10-16;
Habib el-Adly;Habib al-Adly;IM;1997-11-18;2011-01-31
Mahmoud Tawfik;;IM;2018-06-14;
