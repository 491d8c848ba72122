# India: union cabinet (2014-2025), chief ministers of the largest states, opposition and party
# leaders, Reserve Bank governors, UN ambassadors, army chiefs, spokespeople
@IND
Venkaiah Naidu;M. Venkaiah Naidu|Muppavarapu Venkaiah Naidu;VP;2017-08-11;2022-08-10
Jagdeep Dhankhar;Dhankhar;VP;2022-08-11;2025-07-21
C. P. Radhakrishnan;;VP;2025-09-12;
Hamid Ansari;Mohammad Hamid Ansari;VP;2007-08-11;2017-08-10
Venkaiah Naidu;M. Venkaiah Naidu;MIN;2014-05-26;2017-07-17
Piyush Goyal;Goyal;TRD;2019-05-31;
Suresh Prabhu;Suresh Prabhakar Prabhu;TRD;2017-09-03;2019-05-30
Nirmala Sitharaman;;TRD;2014-05-26;2017-09-03
Piyush Goyal;Goyal;MIN;2014-05-26;2019-05-30
Dharmendra Pradhan;Pradhan;ENE;2014-05-26;2021-07-07
Dharmendra Pradhan;Pradhan;EDU;2021-07-07;
Hardeep Singh Puri;Hardeep Puri;ENE;2021-07-07;
Hardeep Singh Puri;Hardeep Puri;MIN;2017-09-03;2021-07-07
Ravi Shankar Prasad;;JUS;2014-11-09;2021-07-07
Kiren Rijiju;Rijiju;JUS;2021-07-07;2023-05-18
Kiren Rijiju;Rijiju;MIN;2023-05-18;
Arjun Ram Meghwal;Meghwal;JUS;2023-05-18;
J. P. Nadda;Jagat Prakash Nadda|JP Nadda;HEA;2014-11-09;2019-05-30
J. P. Nadda;Jagat Prakash Nadda|JP Nadda;PL;2020-01-20;;PTY
J. P. Nadda;Jagat Prakash Nadda|JP Nadda;HEA;2024-06-09;
Harsh Vardhan;;HEA;2019-05-31;2021-07-07
Mansukh Mandaviya;Mandaviya;HEA;2021-07-07;2024-06-09
Prakash Javadekar;Javadekar;EDU;2016-07-05;2019-05-30
Prakash Javadekar;Javadekar;MIN;2019-05-31;2021-07-07
Smriti Irani;Irani;EDU;2014-05-26;2016-07-05
Smriti Irani;Irani;MIN;2016-07-05;2024-06-09
Ramesh Pokhriyal;Ramesh Pokhriyal Nishank;EDU;2019-05-31;2021-07-07
Radha Mohan Singh;;AGR;2014-05-26;2019-05-30
Narendra Singh Tomar;;AGR;2019-05-31;2023-12-07
Shivraj Singh Chouhan;Shivraj Chouhan;AGR;2024-06-09;
Nitin Gadkari;Gadkari;TRN;2014-05-26;
Maneka Gandhi;;MIN;2014-05-26;2019-05-30
Ram Vilas Paswan;Paswan;MIN;2014-05-26;2020-10-08
Uma Bharti;;MIN;2014-05-26;2019-05-30
Ananth Kumar;;MIN;2014-05-26;2018-11-12
Jitendra Singh;;MIN;2014-05-26;
V. K. Singh;Vijay Kumar Singh|General V.K. Singh;MIN;2014-05-26;2024-06-09
M. J. Akbar;MJ Akbar;MIN;2016-07-05;2018-10-17
Ashwini Vaishnaw;Vaishnaw;MIN;2021-07-07;
Jyotiraditya Scindia;Scindia;MIN;2021-07-07;
Bhupender Yadav;;MIN;2021-07-07;
Anurag Thakur;;MIN;2021-07-07;2024-06-09
Sarbananda Sonowal;Sonowal;MIN;2021-07-07;
Arun Jaitley;Jaitley;PL;1980-01-01;2019-08-24;PTY
Amit Shah;;PL;2014-07-09;2020-01-20;PTY
Rahul Gandhi;;PL;2017-12-16;2019-07-03;OPP
Rahul Gandhi;;OL;2024-06-09;;OPP
Sonia Gandhi;;PL;1998-03-14;2017-12-16;OPP
Sonia Gandhi;;PL;2019-08-10;2022-10-26;OPP
Mallikarjun Kharge;Kharge;PL;2022-10-26;;OPP
Priyanka Gandhi;Priyanka Gandhi Vadra;LEGM;2019-01-23;;OPP
Randeep Surjewala;Randeep Singh Surjewala|Surjewala;SP;2015-01-01;2022-06-01;OPP
Abhishek Manu Singhvi;Abhishek Singhvi|Singhvi;SP;2004-01-01;;OPP
Kapil Sibal;Sibal;LEGM;2004-05-22;;OPP
Ajay Maken;;LEGM;2015-03-01;;OPP
Jairam Ramesh;;SP;2022-06-01;;OPP
Shashi Tharoor;Tharoor;LEGM;2009-05-16;;OPP
P. Chidambaram;Palaniappan Chidambaram;LEGM;2016-07-01;;OPP
Mayawati;Kumari Mayawati;PL;2003-09-18;;OPP
Akhilesh Yadav;;PL;2017-01-01;;OPP
Mulayam Singh Yadav;;PL;1992-10-04;2017-01-01;OPP
Sharad Pawar;;PL;1999-06-10;;OPP
Lalu Prasad Yadav;Lalu Prasad|Lalu Yadav;PL;1997-07-05;;OPP
Tejashwi Yadav;Tejashwi;PL;2015-01-01;;OPP
Asaduddin Owaisi;Owaisi;PL;2008-01-01;;OPP
Sitaram Yechury;Yechury;PL;2015-04-19;2024-09-12;OPP
Omar Abdullah;;PL;2009-01-01;;OPP
Farooq Abdullah;;PL;1981-09-08;;OPP
Mehbooba Mufti;Mufti;PL;2016-01-01;;OPP
Uddhav Thackeray;;PL;2013-01-23;;OPP
Raj Thackeray;;PL;2006-03-09;;OPP
Mohan Bhagwat;Bhagwat;PL;2009-03-21;;PTY
Yogi Adityanath;Adityanath|Yogi Aditya Nath;CM;2017-03-19;
Akhilesh Yadav;;CM;2012-03-15;2017-03-19
Nitish Kumar;;CM;2015-02-22;
Mamata Banerjee;Mamata;CM;2011-05-20;
Arvind Kejriwal;Kejriwal;CM;2015-02-14;2024-09-21
Atishi;Atishi Marlena;CM;2024-09-21;2025-02-20
Rekha Gupta;;CM;2025-02-20;
Devendra Fadnavis;Fadnavis;CM;2014-10-31;2019-11-12
Uddhav Thackeray;;CM;2019-11-28;2022-06-30
Eknath Shinde;Shinde;CM;2022-06-30;2024-12-05
Devendra Fadnavis;Fadnavis;CM;2024-12-05;
Edappadi K. Palaniswami;Edappadi Palaniswami|E. K. Palaniswami|Palaniswami;CM;2017-02-16;2021-05-07
J. Jayalalithaa;Jayalalithaa|Jayalalitha;CM;2015-05-23;2016-12-05
M. K. Stalin;MK Stalin;CM;2021-05-07;
N. Chandrababu Naidu;Chandrababu Naidu|Nara Chandrababu Naidu;CM;2014-06-08;2019-05-30
Y. S. Jagan Mohan Reddy;Jagan Mohan Reddy|Jagan Reddy;CM;2019-05-30;2024-06-12
N. Chandrababu Naidu;Chandrababu Naidu|Nara Chandrababu Naidu;CM;2024-06-12;
K. Chandrashekar Rao;KCR|K. Chandrasekhar Rao;CM;2014-06-02;2023-12-07
Revanth Reddy;A. Revanth Reddy;CM;2023-12-07;
Siddaramaiah;;CM;2013-05-13;2018-05-17
H. D. Kumaraswamy;Kumaraswamy;CM;2018-05-23;2019-07-23
B. S. Yediyurappa;Yediyurappa;CM;2019-07-26;2021-07-28
Basavaraj Bommai;Bommai;CM;2021-07-28;2023-05-20
Siddaramaiah;;CM;2023-05-20;
Vijay Rupani;Rupani;CM;2016-08-07;2021-09-13
Bhupendra Patel;;CM;2021-09-13;
Anandiben Patel;;CM;2014-05-22;2016-08-07
Shivraj Singh Chouhan;Shivraj Chouhan;CM;2005-11-29;2018-12-17
Kamal Nath;;CM;2018-12-17;2020-03-20
Shivraj Singh Chouhan;Shivraj Chouhan;CM;2020-03-23;2023-12-13
Mohan Yadav;;CM;2023-12-13;
Vasundhara Raje;Vasundhara Raje Scindia;CM;2013-12-13;2018-12-17
Ashok Gehlot;Gehlot;CM;2018-12-17;2023-12-15
Bhajan Lal Sharma;;CM;2023-12-15;
Amarinder Singh;Captain Amarinder Singh;CM;2017-03-16;2021-09-18
Bhagwant Mann;;CM;2022-03-16;
Raman Singh;;CM;2003-12-07;2018-12-17
Bhupesh Baghel;Baghel;CM;2018-12-17;2023-12-13
Raghubar Das;;CM;2014-12-28;2019-12-29
Hemant Soren;;CM;2019-12-29;
Naveen Patnaik;Patnaik;CM;2000-03-05;2024-06-12
Mohan Charan Majhi;;CM;2024-06-12;
Pinarayi Vijayan;;CM;2016-05-25;
Oommen Chandy;;CM;2011-05-18;2016-05-20
Manohar Lal Khattar;Khattar;CM;2014-10-26;2024-03-12
Nayab Singh Saini;;CM;2024-03-12;
Sarbananda Sonowal;Sonowal;CM;2016-05-24;2021-05-10
Himanta Biswa Sarma;Himanta Sarma;CM;2021-05-10;
Mehbooba Mufti;;CM;2016-04-04;2018-06-19
Omar Abdullah;;CM;2024-10-16;
Pushkar Singh Dhami;;CM;2021-07-04;
Manohar Parrikar;Parrikar;CM;2017-03-14;2019-03-17
Ram Naik;;GVR;2014-07-22;2019-07-28
Raghuram Rajan;;CB;2013-09-04;2016-09-04
Urjit Patel;;CB;2016-09-04;2018-12-10
Shaktikanta Das;;CB;2018-12-12;2024-12-10
Sanjay Malhotra;;CB;2024-12-11;
Syed Akbaruddin;Akbaruddin;UNA;2016-01-01;2020-04-30
T. S. Tirumurti;;UNA;2020-05-01;2022-04-30
Ruchira Kamboj;;UNA;2022-08-01;2024-06-30
Parvathaneni Harish;P. Harish;UNA;2024-09-01;
Dalbir Singh Suhag;Dalbir Singh;ARMY;2014-07-31;2016-12-31
Bipin Rawat;;ARMY;2016-12-31;2019-12-31
Bipin Rawat;;ARMY;2020-01-01;2021-12-08
Manoj Mukund Naravane;M. M. Naravane;ARMY;2019-12-31;2022-04-30
Manoj Pande;;ARMY;2022-04-30;2024-06-30
Upendra Dwivedi;;ARMY;2024-06-30;
Raveesh Kumar;;SP;2017-07-01;2020-04-30
Anurag Srivastava;;SP;2020-04-30;2020-12-31
Vikas Swarup;;SP;2015-04-01;2017-06-30
Vijay Gokhale;;MIN;2018-01-29;2020-01-28
Harsh Vardhan Shringla;Shringla;MIN;2020-01-29;2022-04-30
Vinay Mohan Kwatra;Vinay Kwatra;MIN;2022-05-01;2024-07-14
Vikram Misri;Misri;MIN;2024-07-15;
Om Birla;;SPK;2019-06-19;
Sumitra Mahajan;;SPK;2014-06-06;2019-06-16
