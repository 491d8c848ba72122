# Pakistan, Afghanistan, Bangladesh, Sri Lanka, Nepal; Philippines, Indonesia, Malaysia,
# Singapore, Thailand, Vietnam, Myanmar: portfolios, speakers, party and opposition leaders,
# central bankers, UN ambassadors, army chiefs, provincial leaders (2015-2025)
@PAK
Ishaq Dar;Muhammad Ishaq Dar;FIN;2013-06-07;2017-11-21
Asad Umar;;FIN;2018-08-20;2019-04-18
Miftah Ismail;;FIN;2022-04-19;2022-09-27
Ishaq Dar;Muhammad Ishaq Dar;FIN;2022-09-28;2023-08-10
Ishaq Dar;Muhammad Ishaq Dar;DPM;2024-04-28;
Asif Ali Zardari;Zardari;PL;2008-01-01;;PTY
Bilawal Bhutto Zardari;Bilawal Bhutto|Bilawal;PL;2007-12-30;;PTY
Maryam Nawaz;Maryam Nawaz Sharif;CM;2024-02-26;
Shehbaz Sharif;Shahbaz Sharif;CM;2013-06-08;2018-06-07
Usman Buzdar;Buzdar;CM;2018-08-20;2022-04-30
Murad Ali Shah;Syed Murad Ali Shah;CM;2016-07-29;
Maleeha Lodhi;Lodhi;UNA;2015-02-01;2019-10-01
Munir Akram;;UNA;2019-10-01;2025-01-01
Qamar Javed Bajwa;Qamar Bajwa|Bajwa;ARMY;2016-11-29;2022-11-29
Asim Munir;;ARMY;2022-11-29;
Raheel Sharif;;ARMY;2013-11-29;2016-11-29
Shah Mahmood Qureshi;Qureshi;PL;2018-01-01;;OPP
Fawad Chaudhry;;SP;2018-08-20;2019-04-18
Sheikh Rasheed Ahmad;Sheikh Rashid;IM;2020-12-11;2022-04-10
Rana Sanaullah;;IM;2022-04-19;2023-08-14
Asad Qaiser;;SPK;2018-08-15;2022-04-09
Ayaz Sadiq;;SPK;2013-11-09;2018-08-13
Ayaz Sadiq;;SPK;2024-03-01;
Tariq Bajwa;;CB;2017-07-01;2019-05-04
Reza Baqir;;CB;2019-05-04;2022-05-04
Jameel Ahmad;;CB;2022-08-19;
Fazl-ur-Rehman;Maulana Fazlur Rehman|Fazlur Rehman;PL;1980-01-01;;OPP
Mushahid Hussain;;LEGM;2003-01-01;
Mumtaz Zahra Baloch;;SP;2023-01-01;2025-01-01
Mohammad Faisal;;SP;2017-12-01;2020-01-01
Aisha Farooqui;;SP;2019-12-01;2021-03-01
@AFG
Amrullah Saleh;;VP;2020-02-19;2021-08-15
Abdul Rashid Dostum;Dostum;VP;2014-09-29;2020-02-19
Hamdullah Mohib;Mohib;NSA;2018-09-01;2021-08-15
Mohammad Hanif Atmar;Hanif Atmar|Atmar;NSA;2014-09-01;2018-08-25
Suhail Shaheen;Shaheen;SP;2016-01-01;;REB
Abdul Ghani Baradar;Mullah Baradar|Baradar;DPM;2021-09-07;
Hamid Karzai;;PL;2014-09-29;;ELI
Gulbuddin Hekmatyar;Hekmatyar;PL;1977-01-01;;PTY
@BGD
Sheikh Hasina;Sheikh Hasina Wazed;PL;1981-02-16;;PTY
Khaleda Zia;;PL;1984-05-10;;OPP
Tarique Rahman;;PL;2018-02-08;;OPP
Mirza Fakhrul Islam Alamgir;Fakhrul Islam Alamgir|Mirza Fakhrul;PL;2011-03-20;;OPP
Obaidul Quader;;PL;2016-10-23;2024-08-05;PTY
Asaduzzaman Khan;Asaduzzaman Khan Kamal;IM;2015-07-14;2024-08-05
AHM Mustafa Kamal;A. H. M. Mustafa Kamal;FIN;2019-01-07;2024-01-11
AMA Muhith;Abul Maal Abdul Muhith|A. M. A. Muhith;FIN;2009-01-06;2019-01-07
Shirin Sharmin Chaudhury;;SPK;2013-04-30;2024-09-02
Masud Bin Momen;;UNA;2015-01-01;2019-01-01
Rabab Fatima;;UNA;2019-11-01;2024-01-01
@LKA
Ranil Wickremesinghe;Wickremesinghe;PL;1994-11-12;;PTY
Sajith Premadasa;Premadasa;OL;2020-08-20;
Mahinda Rajapaksa;;OL;2018-12-18;2019-11-21
R. Sampanthan;Rajavarothiam Sampanthan|Sampanthan;OL;2015-09-03;2018-12-18
Mangala Samaraweera;Samaraweera;FIN;2017-05-22;2019-11-21
Basil Rajapaksa;;FIN;2021-07-08;2022-04-03
Karu Jayasuriya;;SPK;2015-09-01;2020-08-20
Anura Kumara Dissanayake;Anura Dissanayake;PL;2014-02-02;;OPP
@NPL
Sher Bahadur Deuba;Deuba;PL;2016-03-07;;PTY
Pushpa Kamal Dahal;Prachanda;PL;1989-01-01;;PTY
K. P. Sharma Oli;KP Sharma Oli|K.P. Sharma Oli;PL;2014-07-16;;PTY
Madhav Kumar Nepal;;PL;2021-08-25;;PTY
Krishna Bahadur Mahara;;SPK;2018-03-10;2019-10-01
@PHL
Leni Robredo;Maria Leonor Robredo|Robredo;VP;2016-06-30;2022-06-30
Sara Duterte;Sara Duterte-Carpio;VP;2022-06-30;
Harry Roque;Roque;SP;2017-10-30;2021-11-15
Ernesto Abella;Abella;SP;2016-06-30;2017-10-30
Salvador Panelo;Panelo;SP;2019-04-01;2020-04-13
Carlos Dominguez III;Carlos Dominguez;FIN;2016-06-30;2022-06-30
Benjamin Diokno;Diokno;CB;2019-03-04;2022-06-30
Benjamin Diokno;Diokno;FIN;2022-06-30;2024-01-12
Ralph Recto;;FIN;2024-01-12;
Nestor Espenilla Jr.;Nestor Espenilla;CB;2017-07-03;2019-02-23
Eli Remolona;;CB;2023-07-03;
Vitaliano Aguirre II;Vitaliano Aguirre;JUS;2016-06-30;2018-04-05
Menardo Guevarra;Guevarra;JUS;2018-04-05;2022-06-30
Jesus Crispin Remulla;Boying Remulla;JUS;2022-06-30;
Eduardo Año;Eduardo Ano;IM;2018-01-05;2022-06-30
Eduardo Año;Eduardo Ano;NSA;2023-01-01;
Hermogenes Esperon Jr.;Hermogenes Esperon|Esperon;NSA;2016-06-30;2022-06-30
Ronald dela Rosa;Bato dela Rosa|dela Rosa;POL;2016-07-01;2018-04-19
Oscar Albayalde;Albayalde;POL;2018-04-19;2019-10-14
Maria Lourdes Sereno;Lourdes Sereno|Sereno;CJ;2012-08-25;2018-05-11
Teresita de Castro;;CJ;2018-08-28;2018-10-10
Alexander Gesmundo;Gesmundo;CJ;2021-04-05;
Pantaleon Alvarez;;SPK;2016-07-25;2018-07-23
Gloria Macapagal Arroyo;Gloria Arroyo;SPK;2018-07-23;2019-06-30
Alan Peter Cayetano;Cayetano;SPK;2019-07-22;2020-10-12
Martin Romualdez;Romualdez;SPK;2022-07-25;
Aquilino Pimentel III;Koko Pimentel;SPK;2016-07-25;2018-05-21
Vicente Sotto III;Tito Sotto;SPK;2018-05-21;2022-06-30
Antonio Trillanes IV;Antonio Trillanes|Trillanes;LEGM;2007-06-30;2019-06-30;OPP
Leila de Lima;;LEGM;2016-06-30;2022-06-30;OPP
Teodoro Locsin Jr.;Teddy Locsin|Locsin;UNA;2017-01-01;2018-10-17
Antonio Carpio;Carpio;CJ;2001-10-26;2019-10-26
@IDN
Jusuf Kalla;Kalla;VP;2014-10-20;2019-10-20
Ma'ruf Amin;Maruf Amin;VP;2019-10-20;2024-10-20
Gibran Rakabuming Raka;Gibran;VP;2024-10-20;
Sri Mulyani Indrawati;Sri Mulyani;FIN;2016-07-27;2025-09-08
Bambang Brodjonegoro;;FIN;2014-10-27;2016-07-27
Luhut Binsar Pandjaitan;Luhut Pandjaitan|Luhut;MIN;2016-07-27;2024-10-20
Airlangga Hartarto;;ECO;2019-10-23;
Wiranto;;MIN;2016-07-27;2019-10-23
Mahfud MD;;MIN;2019-10-23;2024-01-01
Yasonna Laoly;;JUS;2014-10-27;2024-08-19
Perry Warjiyo;;CB;2018-05-24;
Agus Martowardojo;;CB;2013-05-23;2018-05-23
Megawati Sukarnoputri;Megawati;PL;1993-12-22;;PTY
Puan Maharani;;SPK;2019-10-01;
Bambang Soesatyo;;SPK;2018-01-15;2019-10-01
Anies Baswedan;Baswedan;GVR;2017-10-16;2022-10-16
Basuki Tjahaja Purnama;Ahok;GVR;2014-11-19;2017-05-09
Gatot Nurmantyo;;ARMY;2015-07-08;2017-12-08
Hadi Tjahjanto;;ARMY;2017-12-08;2021-11-17
Tito Karnavian;;POL;2016-07-13;2019-10-22
Tito Karnavian;;IM;2019-10-23;
Listyo Sigit Prabowo;;POL;2021-01-27;
@MYS
Lim Guan Eng;;FIN;2018-05-21;2020-02-24
Tengku Zafrul Aziz;Zafrul Aziz;FIN;2020-03-10;2022-11-24
Wan Azizah Wan Ismail;Wan Azizah;DPM;2018-05-21;2020-02-24
Zahid Hamidi;Ahmad Zahid Hamidi;DPM;2015-07-29;2018-05-10
Zahid Hamidi;Ahmad Zahid Hamidi;PL;2018-06-30;;PTY
Mohamad Sabu;;DM;2018-05-21;2020-02-24
Muhyiddin Yassin;Muhyiddin;IM;2018-05-21;2020-02-24
Anwar Ibrahim;;PL;2018-11-17;;PTY
Saifuddin Nasution Ismail;;IM;2022-12-03;
Abdul Hadi Awang;Hadi Awang;PL;2002-01-01;;OPP
Mohd Shukri Abdull;;IC;2018-05-14;2019-06-01
Nor Shamsiah Mohd Yunus;;CB;2018-07-01;2023-06-30
Muhammad bin Ibrahim;Muhammad Ibrahim;CB;2016-05-01;2018-06-01
Abdul Rasheed Ghaffour;;CB;2023-07-01;
Sultan Ibrahim;Sultan Ibrahim Iskandar;ROY;2010-01-23;
@SGP
Ng Eng Hen;;DM;2011-05-21;2025-05-23
Chan Chun Sing;;DM;2025-05-23;
Heng Swee Keat;;FIN;2015-10-01;2021-05-15
Lawrence Wong;;FIN;2021-05-15;
Tharman Shanmugaratnam;Tharman;DPM;2011-05-21;2019-05-01
Teo Chee Hean;;DPM;2009-04-01;2019-05-01
Heng Swee Keat;;DPM;2019-05-01;2023-06-13
K. Shanmugam;Shanmugam;IM;2015-10-01;
S. Jayakumar;Shunmugam Jayakumar;MIN;1988-01-01;2011-05-21
Pritam Singh;;OL;2020-07-28;
Tan Chuan-Jin;;SPK;2017-09-11;2023-07-17
Burhan Gafoor;;UNA;2014-01-01;2024-01-01
Ravi Menon;;CB;2011-01-01;2023-12-31
@THA
Prawit Wongsuwan;Prawit Wongsuwon|Prawit;DPM;2014-08-30;2023-09-01
Wissanu Krea-ngam;Wissanu;DPM;2014-08-30;2023-09-01
Suthep Thaugsuban;Suthep;DPM;2008-12-20;2011-08-09
Suthep Thaugsuban;Suthep;PL;2013-11-01;2018-01-01;OPP
Somkid Jatusripitak;Somkid;DPM;2015-08-19;2020-07-16
Apisak Tantivorawong;;FIN;2015-08-19;2019-07-16
Thaksin Shinawatra;;PL;1998-07-14;;PTY
Pita Limjaroenrat;Pita;PL;2020-03-14;2024-08-07;OPP
Anutin Charnvirakul;Anutin;HEA;2019-07-10;2023-09-01
Anutin Charnvirakul;Anutin;PL;2012-10-04;;PTY
Chuan Leekpai;;SPK;2019-05-28;2023-07-04
Wan Muhamad Noor Matha;;SPK;2023-07-04;
Apirat Kongsompong;;ARMY;2018-10-01;2020-09-30
@VNM
Ngo Xuan Lich;;DM;2016-04-09;2021-04-08
Phan Van Giang;;DM;2021-04-08;
To Lam;;IM;2016-04-09;2024-05-22
Dinh Tien Dung;;FIN;2013-08-02;2021-04-08
Nguyen Thi Kim Ngan;;SPK;2016-03-31;2021-03-31
Vuong Dinh Hue;;SPK;2021-03-31;2024-05-02
Tran Thanh Man;;SPK;2024-05-20;
Le Thi Thu Hang;;SP;2014-01-01;2020-01-01
Pham Thu Hang;;SP;2023-01-01;
Nguyen Phu Trong;;PL;2011-01-19;2024-07-19;PTY
Pham Binh Minh;;DPM;2013-11-13;2023-01-05
Dang Dinh Quy;;UNA;2018-01-01;2022-01-01
@MMR
Thaung Tun;;NSA;2017-01-10;2021-02-01
Kyaw Tint Swe;;MIN;2016-03-30;2021-02-01
Zaw Htay;;SP;2016-04-01;2021-02-01
Zaw Min Tun;;SP;2021-02-01;
Min Aung Hlaing;;ARMY;2011-03-30;
Soe Win;;ARMY;2011-03-30;
Kyaw Moe Tun;;UNA;2020-10-01;
Duwa Lashi La;;VP;2021-04-16;;OPP
