@IDN
Suharto;Soeharto;HOS;1967-03-12;1998-05-21;MIL
B. J. Habibie;BJ Habibie|Habibie;HOS;1998-05-21;1999-10-20
Abdurrahman Wahid;Gus Dur|Wahid;HOS;1999-10-20;2001-07-23
Megawati Sukarnoputri;Megawati;HOS;2001-07-23;2004-10-20
Susilo Bambang Yudhoyono;Yudhoyono|SBY;HOS;2004-10-20;2014-10-20
Joko Widodo;Jokowi|Widodo;HOS;2014-10-20;2024-10-20
Prabowo Subianto;Prabowo;HOS;2024-10-20;
Ali Alatas;Alatas;FM;1988-03-21;1999-10-26
Alwi Shihab;;FM;1999-10-26;2001-08-09
Hassan Wirajuda;Wirajuda;FM;2001-08-10;2009-10-22
Marty Natalegawa;Natalegawa;FM;2009-10-22;2014-10-20
Retno Marsudi;Retno;FM;2014-10-27;2024-10-20
Sugiono;;FM;2024-10-21;
Juwono Sudarsono;;DM;2004-10-21;2009-10-20
Purnomo Yusgiantoro;;DM;2009-10-22;2014-10-20
Ryamizard Ryacudu;;DM;2014-10-27;2019-10-20
Prabowo Subianto;Prabowo;DM;2019-10-23;2024-10-20
Sjafrie Sjamsoeddin;;DM;2024-10-21;
@MYS
Azlan Shah;Sultan Azlan Shah;HOS;1989-04-26;1994-04-25
Ja'afar of Negeri Sembilan;Tuanku Ja'afar;HOS;1994-04-26;1999-04-25
Salahuddin of Selangor;Sultan Salahuddin;HOS;1999-04-26;2001-11-21
Sirajuddin of Perlis;Tuanku Syed Sirajuddin;HOS;2001-12-13;2006-12-12
Mizan Zainal Abidin;Sultan Mizan;HOS;2006-12-13;2011-12-12
Abdul Halim of Kedah;Sultan Abdul Halim;HOS;2011-12-13;2016-12-12
Muhammad V of Kelantan;Sultan Muhammad V;HOS;2016-12-13;2019-01-06
Abdullah of Pahang;Sultan Abdullah;HOS;2019-01-31;2024-01-30
Ibrahim Iskandar;Sultan Ibrahim;HOS;2024-01-31;
Mahathir Mohamad;Mahathir;HOG;1981-07-16;2003-10-31
Abdullah Ahmad Badawi;Abdullah Badawi|Badawi;HOG;2003-10-31;2009-04-03
Najib Razak;Najib Tun Razak;HOG;2009-04-03;2018-05-10
Mahathir Mohamad;Mahathir;HOG;2018-05-10;2020-03-01
Muhyiddin Yassin;Muhyiddin;HOG;2020-03-01;2021-08-16
Ismail Sabri Yaakob;Ismail Sabri;HOG;2021-08-21;2022-11-24
Anwar Ibrahim;;HOG;2022-11-24;
Abdullah Ahmad Badawi;Abdullah Badawi|Badawi;FM;1991-03-15;1999-12-14
Syed Hamid Albar;;FM;1999-12-15;2008-03-18
Rais Yatim;;FM;2008-03-19;2009-04-09
Anifah Aman;;FM;2009-04-10;2018-05-10
Saifuddin Abdullah;;FM;2018-07-02;2020-03-09
Hishammuddin Hussein;Hishammuddin;FM;2020-03-10;2021-08-16
Saifuddin Abdullah;;FM;2021-08-30;2022-11-24
Zambry Abdul Kadir;;FM;2022-12-03;2023-12-12
Mohamad Hasan;Tok Mat;FM;2023-12-12;
@PHL
Corazon Aquino;Cory Aquino;HOS;1986-02-25;1992-06-30
Fidel V. Ramos;Fidel Ramos;HOS;1992-06-30;1998-06-30
Joseph Estrada;Estrada;HOS;1998-06-30;2001-01-20
Gloria Macapagal Arroyo;Gloria Arroyo|Arroyo;HOS;2001-01-20;2010-06-30
Benigno Aquino III;Noynoy Aquino;HOS;2010-06-30;2016-06-30
Rodrigo Duterte;Duterte;HOS;2016-06-30;2022-06-30
Ferdinand Marcos Jr.;Bongbong Marcos|Ferdinand Marcos Jr;HOS;2022-06-30;
Albert del Rosario;;FM;2011-02-24;2016-03-07
Perfecto Yasay;;FM;2016-06-30;2017-03-08
Alan Peter Cayetano;Cayetano;FM;2017-05-18;2018-10-17
Teodoro Locsin Jr.;Teodoro Locsin|Locsin;FM;2018-10-17;2022-06-30
Enrique Manalo;Manalo;FM;2022-07-01;2025-06-30
Ma. Theresa Lazaro;Theresa Lazaro;FM;2025-07-01;
Delfin Lorenzana;Lorenzana;DM;2016-06-30;2022-06-30
Gilberto Teodoro;Gibo Teodoro;DM;2023-06-05;
@THA
Bhumibol Adulyadej;King Bhumibol;HOS;1946-06-09;2016-10-13
Maha Vajiralongkorn;King Vajiralongkorn|Rama X;HOS;2016-12-01;
Chatichai Choonhavan;Chatichai;HOG;1988-08-04;1991-02-23
Anand Panyarachun;;HOG;1991-03-02;1992-04-07
Suchinda Kraprayoon;Suchinda;HOG;1992-04-07;1992-05-24;MIL
Anand Panyarachun;;HOG;1992-06-10;1992-09-23
Chuan Leekpai;;HOG;1992-09-23;1995-07-13
Banharn Silpa-archa;Banharn;HOG;1995-07-13;1996-11-25
Chavalit Yongchaiyudh;Chavalit;HOG;1996-11-25;1997-11-09
Chuan Leekpai;;HOG;1997-11-09;2001-02-09
Thaksin Shinawatra;Thaksin;HOG;2001-02-09;2006-09-19
Surayud Chulanont;Surayud;HOG;2006-10-01;2008-01-29
Samak Sundaravej;;HOG;2008-01-29;2008-09-09
Somchai Wongsawat;;HOG;2008-09-18;2008-12-02
Abhisit Vejjajiva;Abhisit;HOG;2008-12-17;2011-08-05
Yingluck Shinawatra;Yingluck;HOG;2011-08-05;2014-05-07
Prayut Chan-o-cha;Prayuth Chan-ocha|Prayut|Prayuth;HOG;2014-08-24;2023-08-22
Srettha Thavisin;Srettha;HOG;2023-08-22;2024-08-14
Paetongtarn Shinawatra;Paetongtarn;HOG;2024-08-16;2025-08-29
Anutin Charnvirakul;Anutin;HOG;2025-09-07;
Surin Pitsuwan;;FM;1997-11-14;2001-02-17
Surakiart Sathirathai;Surakiart;FM;2001-02-17;2005-03-11
Kasit Piromya;Kasit;FM;2008-12-20;2011-08-09
Surapong Tovichakchaikul;Surapong;FM;2011-08-09;2014-05-22
Don Pramudwinai;;FM;2015-08-23;2023-09-01
Parnpree Bahiddha-Nukara;Parnpree;FM;2023-09-01;2024-04-28
Maris Sangiampongsa;;FM;2024-04-30;2025-09-19
Sihasak Phuangketkeow;Sihasak;FM;2025-09-19;
Prayut Chan-o-cha;Prayuth Chan-ocha|Prayut|Prayuth;DM;2019-07-10;2023-09-01
@VNM
Đỗ Mười;Do Muoi;SL;1991-06-28;1997-12-26
Lê Khả Phiêu;Le Kha Phieu;SL;1997-12-26;2001-04-22
Nông Đức Mạnh;Nong Duc Manh;SL;2001-04-22;2011-01-19
Nguyễn Phú Trọng;Nguyen Phu Trong;SL;2011-01-19;2024-07-19
Tô Lâm;To Lam;SL;2024-08-03;
Lê Đức Anh;Le Duc Anh;HOS;1992-09-23;1997-09-24
Trần Đức Lương;Tran Duc Luong;HOS;1997-09-24;2006-06-27
Nguyễn Minh Triết;Nguyen Minh Triet;HOS;2006-06-27;2011-07-25
Trương Tấn Sang;Truong Tan Sang;HOS;2011-07-25;2016-04-02
Trần Đại Quang;Tran Dai Quang;HOS;2016-04-02;2018-09-21
Nguyễn Phú Trọng;Nguyen Phu Trong;HOS;2018-10-23;2021-04-05
Nguyễn Xuân Phúc;Nguyen Xuan Phuc;HOS;2021-04-05;2023-01-18
Võ Văn Thưởng;Vo Van Thuong;HOS;2023-03-02;2024-03-21
Tô Lâm;To Lam;HOS;2024-05-22;2024-10-21
Lương Cường;Luong Cuong;HOS;2024-10-21;
Võ Văn Kiệt;Vo Van Kiet;HOG;1991-08-08;1997-09-25
Phan Văn Khải;Phan Van Khai;HOG;1997-09-25;2006-06-27
Nguyễn Tấn Dũng;Nguyen Tan Dung;HOG;2006-06-27;2016-04-07
Nguyễn Xuân Phúc;Nguyen Xuan Phuc;HOG;2016-04-07;2021-04-05
Phạm Minh Chính;Pham Minh Chinh;HOG;2021-04-05;
Nguyễn Mạnh Cầm;Nguyen Manh Cam;FM;1991-08-09;2000-01-09
Nguyễn Dy Niên;Nguyen Dy Nien;FM;2000-01-09;2006-06-27
Phạm Gia Khiêm;Pham Gia Khiem;FM;2006-06-27;2011-08-03
Phạm Bình Minh;Pham Binh Minh;FM;2011-08-03;2021-04-08
Bùi Thanh Sơn;Bui Thanh Son;FM;2021-04-08;
@MMR
Than Shwe;;HOS;1992-04-23;2011-03-30;MIL
Thein Sein;;HOS;2011-03-30;2016-03-30
Htin Kyaw;;HOS;2016-03-30;2018-03-21
Win Myint;;HOS;2018-03-30;2021-02-01
Myint Swe;;HOS;2021-02-01;2024-07-22;MIL
Min Aung Hlaing;;HOS;2024-07-22;;MIL
Khin Nyunt;;HOG;2003-08-25;2004-10-19;MIL
Soe Win;;HOG;2004-10-19;2007-10-12;MIL
Thein Sein;;HOG;2007-10-24;2011-03-30;MIL
Aung San Suu Kyi;Suu Kyi|Daw Aung San Suu Kyi;HOG;2016-04-06;2021-02-01
Min Aung Hlaing;;HOG;2021-02-01;;MIL
Nyan Win;;FM;2004-09-18;2011-03-30
Wunna Maung Lwin;;FM;2011-03-30;2016-03-30
Aung San Suu Kyi;Suu Kyi;FM;2016-03-30;2021-02-01
Wunna Maung Lwin;;FM;2021-02-01;2023-02-01
Than Swe;;FM;2023-02-01;
@BGD
Abdur Rahman Biswas;;HOS;1991-10-08;1996-10-09
Shahabuddin Ahmed;;HOS;1996-10-09;2001-11-14
A. Q. M. Badruddoza Chowdhury;Badruddoza Chowdhury;HOS;2001-11-14;2002-06-21
Iajuddin Ahmed;;HOS;2002-09-06;2009-02-12
Zillur Rahman;;HOS;2009-02-12;2013-03-20
Abdul Hamid;;HOS;2013-03-20;2023-04-24
Mohammed Shahabuddin;;HOS;2023-04-24;
Khaleda Zia;;HOG;1991-03-20;1996-03-30
Sheikh Hasina;Sheikh Hasina Wazed|Hasina;HOG;1996-06-23;2001-07-15
Khaleda Zia;;HOG;2001-10-10;2006-10-29
Fakhruddin Ahmed;;HOG;2007-01-12;2009-01-06
Sheikh Hasina;Sheikh Hasina Wazed|Hasina;HOG;2009-01-06;2024-08-05
Muhammad Yunus;Yunus;HOG;2024-08-08;
Dipu Moni;;FM;2009-01-06;2014-01-12
Abul Hassan Mahmud Ali;;FM;2014-01-12;2019-01-07
A. K. Abdul Momen;AK Abdul Momen;FM;2019-01-07;2024-01-11
Hasan Mahmud;;FM;2024-01-11;2024-08-05
Touhid Hossain;;FM;2024-08-16;
@LKA
Ranasinghe Premadasa;Premadasa;HOS;1989-01-02;1993-05-01
Dingiri Banda Wijetunga;Wijetunga;HOS;1993-05-01;1994-11-12
Chandrika Kumaratunga;Kumaratunga;HOS;1994-11-12;2005-11-19
Mahinda Rajapaksa;;HOS;2005-11-19;2015-01-09
Maithripala Sirisena;Sirisena;HOS;2015-01-09;2019-11-18
Gotabaya Rajapaksa;;HOS;2019-11-18;2022-07-14
Ranil Wickremesinghe;Wickremesinghe;HOS;2022-07-21;2024-09-23
Anura Kumara Dissanayake;Anura Dissanayake;HOS;2024-09-23;
Ranil Wickremesinghe;Wickremesinghe;HOG;1993-05-07;1994-08-19
Chandrika Kumaratunga;Kumaratunga;HOG;1994-08-19;1994-11-12
Sirimavo Bandaranaike;Bandaranaike;HOG;1994-11-14;2000-08-10
Ratnasiri Wickremanayake;;HOG;2000-08-10;2001-12-07
Ranil Wickremesinghe;Wickremesinghe;HOG;2001-12-09;2004-04-06
Mahinda Rajapaksa;;HOG;2004-04-06;2005-11-19
Ratnasiri Wickremanayake;;HOG;2005-11-21;2010-04-21
D. M. Jayaratne;;HOG;2010-04-21;2015-01-09
Ranil Wickremesinghe;Wickremesinghe;HOG;2015-01-09;2018-10-26
Ranil Wickremesinghe;Wickremesinghe;HOG;2018-12-16;2019-11-21
Mahinda Rajapaksa;;HOG;2019-11-21;2022-05-09
Ranil Wickremesinghe;Wickremesinghe;HOG;2022-05-12;2022-07-21
Dinesh Gunawardena;;HOG;2022-07-22;2024-09-23
Harini Amarasuriya;;HOG;2024-09-24;
Lakshman Kadirgamar;Kadirgamar;FM;1994-08-19;2001-12-09
Lakshman Kadirgamar;Kadirgamar;FM;2004-04-10;2005-08-12
G. L. Peiris;GL Peiris;FM;2010-04-23;2015-01-12
Mangala Samaraweera;Samaraweera;FM;2015-01-12;2017-05-22
Ali Sabry;;FM;2022-05-23;2024-09-23
Vijitha Herath;;FM;2024-09-24;
Velupillai Prabhakaran;Prabhakaran;GL;1976-05-05;2009-05-18;REB
@SGP
Lee Kuan Yew;;HOG;1959-06-05;1990-11-28
Goh Chok Tong;;HOG;1990-11-28;2004-08-12
Lee Hsien Loong;;HOG;2004-08-12;2024-05-15
Lawrence Wong;;HOG;2024-05-15;
George Yeo;;FM;2004-08-12;2011-05-20
K. Shanmugam;Kasiviswanathan Shanmugam;FM;2011-05-21;2015-09-30
Vivian Balakrishnan;;FM;2015-10-01;
Tharman Shanmugaratnam;Tharman;HOS;2023-09-14;
Halimah Yacob;;HOS;2017-09-14;2023-09-13
@AUS
Bob Hawke;Hawke;HOG;1983-03-11;1991-12-20
Paul Keating;Keating;HOG;1991-12-20;1996-03-11
John Howard;;HOG;1996-03-11;2007-12-03
Kevin Rudd;Rudd;HOG;2007-12-03;2010-06-24
Julia Gillard;Gillard;HOG;2010-06-24;2013-06-27
Kevin Rudd;Rudd;HOG;2013-06-27;2013-09-18
Tony Abbott;;HOG;2013-09-18;2015-09-15
Malcolm Turnbull;Turnbull;HOG;2015-09-15;2018-08-24
Scott Morrison;;HOG;2018-08-24;2022-05-23
Anthony Albanese;Albanese;HOG;2022-05-23;
Gareth Evans;;FM;1988-09-02;1996-03-11
Alexander Downer;Downer;FM;1996-03-11;2007-12-03
Stephen Smith;;FM;2007-12-03;2010-09-14
Kevin Rudd;Rudd;FM;2010-09-14;2012-02-22
Bob Carr;;FM;2012-03-13;2013-09-18
Julie Bishop;;FM;2013-09-18;2018-08-26
Marise Payne;;FM;2018-08-26;2022-05-23
Penny Wong;;FM;2022-05-23;
Stephen Smith;;DM;2010-09-14;2013-09-18
David Johnston;;DM;2013-09-18;2014-12-23
Kevin Andrews;;DM;2014-12-23;2015-09-21
Marise Payne;;DM;2015-09-21;2018-08-28
Christopher Pyne;;DM;2018-08-28;2019-05-29
Linda Reynolds;;DM;2019-05-29;2021-03-30
Peter Dutton;Dutton;DM;2021-03-30;2022-05-23
Richard Marles;Marles;DM;2022-06-01;
@NZL
Jim Bolger;Bolger;HOG;1990-11-02;1997-12-08
Jenny Shipley;;HOG;1997-12-08;1999-12-10
Helen Clark;;HOG;1999-12-10;2008-11-19
John Key;;HOG;2008-11-19;2016-12-12
Bill English;;HOG;2016-12-12;2017-10-26
Jacinda Ardern;Ardern;HOG;2017-10-26;2023-01-25
Chris Hipkins;Hipkins;HOG;2023-01-25;2023-11-27
Christopher Luxon;Luxon;HOG;2023-11-27;
Winston Peters;;FM;2005-10-19;2008-10-29
Murray McCully;McCully;FM;2008-11-19;2017-05-02
Gerry Brownlee;Brownlee;FM;2017-05-02;2017-10-26
Winston Peters;;FM;2017-10-26;2020-11-06
Nanaia Mahuta;Mahuta;FM;2020-11-06;2023-11-27
Winston Peters;;FM;2023-11-27;
@MNG
Ukhnaagiin Khürelsükh;Khurelsukh;HOS;2021-06-25;
@NPL
K. P. Sharma Oli;KP Sharma Oli|Oli;HOG;2024-07-15;2025-09-09
Sushila Karki;Karki;HOG;2025-09-12;
