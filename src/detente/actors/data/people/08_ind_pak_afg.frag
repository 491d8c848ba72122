@IND
R. Venkataraman;Ramaswamy Venkataraman;HOS;1987-07-25;1992-07-25
Shankar Dayal Sharma;;HOS;1992-07-25;1997-07-25
K. R. Narayanan;K.R. Narayanan;HOS;1997-07-25;2002-07-25
A. P. J. Abdul Kalam;APJ Abdul Kalam|Abdul Kalam;HOS;2002-07-25;2007-07-25
Pratibha Patil;;HOS;2007-07-25;2012-07-25
Pranab Mukherjee;;HOS;2012-07-25;2017-07-25
Ram Nath Kovind;Kovind;HOS;2017-07-25;2022-07-25
Droupadi Murmu;Murmu;HOS;2022-07-25;
V. P. Singh;Vishwanath Pratap Singh;HOG;1989-12-02;1990-11-10
Chandra Shekhar;;HOG;1990-11-10;1991-06-21
P. V. Narasimha Rao;Narasimha Rao;HOG;1991-06-21;1996-05-16
Atal Bihari Vajpayee;Vajpayee;HOG;1996-05-16;1996-06-01
H. D. Deve Gowda;Deve Gowda;HOG;1996-06-01;1997-04-21
I. K. Gujral;Inder Kumar Gujral|Gujral;HOG;1997-04-21;1998-03-19
Atal Bihari Vajpayee;Vajpayee;HOG;1998-03-19;2004-05-22
Manmohan Singh;;HOG;2004-05-22;2014-05-26
Narendra Modi;Modi;HOG;2014-05-26;
I. K. Gujral;Inder Kumar Gujral|Gujral;FM;1989-12-05;1990-11-10
Madhavsinh Solanki;;FM;1991-06-21;1992-03-31
Dinesh Singh;;FM;1993-01-18;1995-02-10
Pranab Mukherjee;;FM;1995-02-10;1996-05-16
I. K. Gujral;Inder Kumar Gujral|Gujral;FM;1996-06-01;1998-03-19
Atal Bihari Vajpayee;Vajpayee;FM;1998-03-19;1998-12-05
Jaswant Singh;;FM;1998-12-05;2002-07-01
Yashwant Sinha;;FM;2002-07-01;2004-05-22
Natwar Singh;K. Natwar Singh;FM;2004-05-22;2005-11-06
Pranab Mukherjee;;FM;2006-10-24;2009-05-22
S. M. Krishna;SM Krishna;FM;2009-05-22;2012-10-28
Salman Khurshid;Khurshid;FM;2012-10-28;2014-05-26
Sushma Swaraj;Swaraj;FM;2014-05-26;2019-05-30
S. Jaishankar;Subrahmanyam Jaishankar|Jaishankar;FM;2019-05-30;
Sharad Pawar;;DM;1991-06-26;1993-03-06
Mulayam Singh Yadav;;DM;1996-06-01;1998-03-19
George Fernandes;;DM;1998-03-19;2001-03-16
Jaswant Singh;;DM;2001-03-16;2001-10-21
George Fernandes;;DM;2001-10-21;2004-05-22
Pranab Mukherjee;;DM;2004-05-22;2006-10-24
A. K. Antony;AK Antony;DM;2006-10-25;2014-05-26
Arun Jaitley;Jaitley;DM;2014-05-26;2014-11-09
Manohar Parrikar;Parrikar;DM;2014-11-09;2017-03-13
Arun Jaitley;Jaitley;DM;2017-03-13;2017-09-03
Nirmala Sitharaman;Sitharaman;DM;2017-09-03;2019-05-30
Rajnath Singh;;DM;2019-05-31;
L. K. Advani;Lal Krishna Advani|Advani;IM;1998-03-19;2004-05-22
Shivraj Patil;;IM;2004-05-22;2008-11-30
P. Chidambaram;Chidambaram;IM;2008-11-30;2012-07-31
Sushilkumar Shinde;;IM;2012-07-31;2014-05-26
Rajnath Singh;;IM;2014-05-26;2019-05-30
Amit Shah;;IM;2019-05-30;
Manmohan Singh;;FIN;1991-06-21;1996-05-16
Yashwant Sinha;;FIN;1998-03-19;2002-07-01
Jaswant Singh;;FIN;2002-07-01;2004-05-22
P. Chidambaram;Chidambaram;FIN;2004-05-22;2008-11-30
Pranab Mukherjee;;FIN;2009-01-24;2012-06-26
P. Chidambaram;Chidambaram;FIN;2012-07-31;2014-05-26
Arun Jaitley;Jaitley;FIN;2014-05-26;2019-05-30
Nirmala Sitharaman;Sitharaman;FIN;2019-05-31;
Ajit Doval;Doval;NSA;2014-05-30;
Shivshankar Menon;Shiv Shankar Menon;NSA;2010-01-24;2014-05-28
M. K. Narayanan;;NSA;2005-01-01;2010-01-23
Brajesh Mishra;;NSA;1998-11-19;2004-05-22
Samant Goel;;IC;2019-06-26;2023-06-30
Ravi Sinha;;IC;2023-07-01;2025-06-30
Parag Jain;;IC;2025-07-01;
Randhir Jaiswal;;SP;2024-01-01;
Arindam Bagchi;;SP;2020-12-01;2024-01-01
@PAK
Ghulam Ishaq Khan;Ishaq Khan;HOS;1988-08-17;1993-07-18
Wasim Sajjad;;HOS;1993-07-18;1993-11-14
Farooq Leghari;Farooq Ahmad Khan Leghari|Leghari;HOS;1993-11-14;1997-12-02
Muhammad Rafiq Tarar;Rafiq Tarar;HOS;1998-01-01;2001-06-20
Pervez Musharraf;Musharraf;HOS;2001-06-20;2008-08-18;MIL
Asif Ali Zardari;Zardari;HOS;2008-09-09;2013-09-09
Mamnoon Hussain;;HOS;2013-09-09;2018-09-09
Arif Alvi;Alvi;HOS;2018-09-09;2024-03-10
Asif Ali Zardari;Zardari;HOS;2024-03-10;
Benazir Bhutto;Bhutto;HOG;1988-12-02;1990-08-06
Ghulam Mustafa Jatoi;Jatoi;HOG;1990-08-06;1990-11-06
Nawaz Sharif;Mian Nawaz Sharif;HOG;1990-11-06;1993-04-18
Balakh Sher Mazari;;HOG;1993-04-18;1993-05-26
Nawaz Sharif;Mian Nawaz Sharif;HOG;1993-05-26;1993-07-18
Moeenuddin Ahmad Qureshi;Moeen Qureshi;HOG;1993-07-18;1993-10-19
Benazir Bhutto;Bhutto;HOG;1993-10-19;1996-11-05
Malik Meraj Khalid;;HOG;1996-11-05;1997-02-17
Nawaz Sharif;Mian Nawaz Sharif;HOG;1997-02-17;1999-10-12
Pervez Musharraf;Musharraf;HOG;1999-10-12;2002-11-23;MIL
Zafarullah Khan Jamali;Jamali;HOG;2002-11-23;2004-06-26
Chaudhry Shujaat Hussain;Shujaat Hussain;HOG;2004-06-30;2004-08-28
Shaukat Aziz;;HOG;2004-08-28;2007-11-16
Muhammad Mian Soomro;;HOG;2007-11-16;2008-03-25
Yousaf Raza Gilani;Yousuf Raza Gillani|Gilani;HOG;2008-03-25;2012-06-19
Raja Pervaiz Ashraf;Raja Pervez Ashraf;HOG;2012-06-22;2013-03-24
Mir Hazar Khan Khoso;;HOG;2013-03-25;2013-06-05
Nawaz Sharif;Mian Nawaz Sharif;HOG;2013-06-05;2017-07-28
Shahid Khaqan Abbasi;Abbasi;HOG;2017-08-01;2018-05-31
Nasirul Mulk;;HOG;2018-06-01;2018-08-18
Imran Khan;;HOG;2018-08-18;2022-04-10
Shehbaz Sharif;Shahbaz Sharif;HOG;2022-04-11;2023-08-14
Anwaar-ul-Haq Kakar;Anwaar ul Haq Kakar|Kakar;HOG;2023-08-14;2024-03-04
Shehbaz Sharif;Shahbaz Sharif;HOG;2024-03-04;
Sahabzada Yaqub Khan;Yaqub Khan;FM;1982-03-21;1991-03-31
Gohar Ayub Khan;Gohar Ayub;FM;1997-02-25;1998-08-07
Sartaj Aziz;;FM;1998-08-07;1999-10-12
Abdul Sattar;;FM;1999-11-06;2002-06-01
Khurshid Mahmud Kasuri;Khurshid Kasuri|Kasuri;FM;2002-11-23;2007-11-15
Shah Mahmood Qureshi;Shah Mehmood Qureshi|Qureshi;FM;2008-03-31;2011-02-11
Hina Rabbani Khar;Hina Khar;FM;2011-07-20;2013-03-16
Sartaj Aziz;;FM;2013-06-07;2017-07-28
Khawaja Muhammad Asif;Khawaja Asif;FM;2017-08-04;2018-04-26
Shah Mahmood Qureshi;Shah Mehmood Qureshi|Qureshi;FM;2018-08-20;2022-04-10
Bilawal Bhutto Zardari;Bilawal Bhutto|Bilawal;FM;2022-04-27;2023-08-10
Jalil Abbas Jilani;;FM;2023-08-17;2024-03-04
Ishaq Dar;;FM;2024-03-11;
Khawaja Muhammad Asif;Khawaja Asif;DM;2013-06-07;2017-07-28
Khurram Dastgir Khan;Khurram Dastgir;DM;2017-08-04;2018-05-31
Pervez Khattak;Khattak;DM;2018-08-20;2022-04-10
Khawaja Muhammad Asif;Khawaja Asif;DM;2022-04-19;2023-08-10
Khawaja Muhammad Asif;Khawaja Asif;DM;2024-03-11;
Asad Durrani;;IC;1990-08-01;1992-03-01;MIL
Javed Nasir;;IC;1992-03-01;1993-05-01;MIL
Javed Ashraf Qazi;;IC;1993-05-01;1995-10-01;MIL
Naseem Rana;;IC;1995-10-01;1998-10-01;MIL
Ziauddin Butt;Ziauddin Khawaja;IC;1998-10-01;1999-10-12;MIL
Mahmud Ahmed;Mahmood Ahmed;IC;1999-10-12;2001-10-07;MIL
Ehsan ul Haq;Ehsan-ul-Haq;IC;2001-10-08;2004-10-07;MIL
Ashfaq Parvez Kayani;Ashfaq Kayani|Kayani;IC;2004-10-08;2007-10-08;MIL
Nadeem Taj;;IC;2007-10-08;2008-10-01;MIL
Ahmad Shuja Pasha;Shuja Pasha;IC;2008-10-01;2012-03-18;MIL
Zaheer ul Islam;Zaheer-ul-Islam;IC;2012-03-19;2014-11-07;MIL
Rizwan Akhtar;;IC;2014-11-07;2016-12-11;MIL
Naveed Mukhtar;;IC;2016-12-11;2018-10-25;MIL
Asim Munir;;IC;2018-10-25;2019-06-16;MIL
Faiz Hameed;Faiz Hamid;IC;2019-06-16;2021-11-19;MIL
Nadeem Anjum;Nadeem Ahmed Anjum;IC;2021-11-20;2024-09-30;MIL
Asim Malik;Muhammad Asim Malik;IC;2024-09-30;;MIL
Mohsin Naqvi;Naqvi;IM;2024-03-11;
Muhammad Aurangzeb;;FIN;2024-03-11;
@AFG
Mohammad Najibullah;Najibullah;HOS;1987-09-30;1992-04-16
Sibghatullah Mojaddedi;Mojaddedi;HOS;1992-04-28;1992-06-28
Burhanuddin Rabbani;Rabbani;HOS;1992-06-28;2001-12-22
Hamid Karzai;Karzai;HOS;2001-12-22;2014-09-29
Ashraf Ghani;Mohammad Ashraf Ghani|Ghani;HOS;2014-09-29;2021-08-15
Mohammed Omar;Mullah Omar|Mullah Mohammed Omar;SL;1996-09-27;2001-11-13
Hibatullah Akhundzada;Haibatullah Akhundzada|Mawlawi Hibatullah Akhundzada|Akhundzada;SL;2021-08-15;
Gulbuddin Hekmatyar;Hekmatyar;HOG;1993-03-17;1994-01-01
Gulbuddin Hekmatyar;Hekmatyar;HOG;1996-06-26;1996-09-27
Mohammad Rabbani;Mullah Mohammad Rabbani;HOG;1996-09-27;2001-04-16
Abdullah Abdullah;Dr Abdullah Abdullah;HOG;2014-09-29;2020-03-09
Mohammad Hassan Akhund;Mullah Hasan Akhund;HOG;2021-09-07;
Wakil Ahmed Muttawakil;Muttawakil;FM;1999-01-01;2001-11-13
Abdullah Abdullah;Dr Abdullah Abdullah;FM;2001-12-22;2006-03-20
Rangin Dadfar Spanta;Spanta;FM;2006-04-20;2010-01-19
Zalmai Rassoul;Rassoul;FM;2010-01-19;2013-10-01
Zarar Ahmad Osmani;Zarar Ahmad Muqbil Osmani;FM;2013-10-01;2015-01-28
Salahuddin Rabbani;;FM;2015-01-28;2019-01-20
Mohammad Haneef Atmar;Hanif Atmar|Atmar;FM;2020-04-01;2021-08-15
Amir Khan Muttaqi;Muttaqi;FM;2021-09-07;
Mohammed Fahim;Marshal Fahim|Mohammad Qasim Fahim;DM;2001-12-22;2004-12-23;MIL
Abdul Rahim Wardak;Rahim Wardak;DM;2004-12-23;2012-08-07
Bismillah Khan Mohammadi;Bismillah Khan;DM;2012-09-01;2015-01-01
Asadullah Khalid;;DM;2019-01-20;2020-06-01
Bismillah Khan Mohammadi;Bismillah Khan;DM;2021-06-19;2021-08-15
Mohammad Yaqoob;Mullah Yaqoob|Mohammad Yaqub Mujahid;DM;2021-09-07;
Amrullah Saleh;;IC;2004-03-01;2010-06-06
Rahmatullah Nabil;;IC;2010-06-06;2012-09-01
Asadullah Khalid;;IC;2012-09-01;2013-12-01
Rahmatullah Nabil;;IC;2013-12-01;2015-12-10
Masoom Stanekzai;Mohammad Masoom Stanekzai|Stanekzai;IC;2016-01-01;2018-09-01
Abdul Haq Wasiq;Wasiq;IC;2021-09-07;
Sirajuddin Haqqani;Siraj Haqqani;IM;2021-09-07;
Zabihullah Mujahid;Zabiullah Mujahid|Zabihollah Mojahed|Zabihullah Mojahed;SP;2021-08-17;
Amrullah Saleh;;IM;2018-12-23;2019-01-19
@PAK
Rao Sikandar Iqbal;;DM;2002-11-23;2007-11-15
Ahmad Mukhtar;Chaudhry Ahmad Mukhtar;DM;2008-03-31;2011-05-23
Asim Munir;Syed Asim Munir;GL;2022-11-29;;MIL
Qamar Javed Bajwa;Bajwa;GL;2016-11-29;2022-11-29;MIL
Raheel Sharif;;GL;2013-11-29;2016-11-29;MIL
Ashfaq Parvez Kayani;Ashfaq Kayani|Kayani;GL;2007-11-28;2013-11-29;MIL
