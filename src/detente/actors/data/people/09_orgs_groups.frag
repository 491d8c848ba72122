@UNO
Javier Pérez de Cuéllar;Perez de Cuellar;SG;1982-01-01;1991-12-31
Boutros Boutros-Ghali;Boutros-Ghali;SG;1992-01-01;1996-12-31
Kofi Annan;Annan;SG;1997-01-01;2006-12-31
Ban Ki-moon;Ban Ki Moon;SG;2007-01-01;2016-12-31
António Guterres;Antonio Guterres|Guterres;SG;2017-01-01;
Lakhdar Brahimi;Brahimi;ENV;2012-08-17;2014-05-31
Kofi Annan;Annan;ENV;2012-02-23;2012-08-02
Staffan de Mistura;de Mistura;ENV;2014-07-10;2018-12-31
Geir Pedersen;Geir O. Pedersen;ENV;2019-01-07;
Martin Griffiths;;ENV;2018-03-01;2021-07-01
Hans Grundberg;Grundberg;ENV;2021-08-06;
Jamal Benomar;;ENV;2011-04-01;2015-04-27
Ismail Ould Cheikh Ahmed;;ENV;2015-04-27;2018-02-28
Ghassan Salamé;Ghassan Salame;ENV;2017-06-22;2020-03-02
Stephanie Williams;;ENV;2020-03-02;2021-01-18
Ján Kubiš;Jan Kubis;ENV;2021-01-18;2021-12-31
Abdoulaye Bathily;Bathily;ENV;2022-09-02;2024-04-16
Tor Wennesland;Wennesland;ENV;2020-12-01;2024-12-31
Nickolay Mladenov;Nikolay Mladenov;ENV;2015-02-01;2020-12-31
Volker Perthes;Perthes;ENV;2021-01-01;2023-09-13
Ramtane Lamamra;Lamamra;ENV;2023-11-01;
Michelle Bachelet;Bachelet;ENV;2018-09-01;2022-08-31
Volker Türk;Volker Turk;ENV;2022-10-17;
Filippo Grandi;Grandi;ENV;2016-01-01;2025-12-31
Tom Fletcher;;ENV;2024-11-18;
@NATO
Manfred Wörner;Manfred Woerner|Wörner;SG;1988-07-01;1994-08-13
Willy Claes;Claes;SG;1994-10-17;1995-10-20
Javier Solana;Solana;SG;1995-12-05;1999-10-06
George Robertson;Lord Robertson;SG;1999-10-14;2003-12-17
Jaap de Hoop Scheffer;de Hoop Scheffer;SG;2004-01-01;2009-08-01
Anders Fogh Rasmussen;Fogh Rasmussen;SG;2009-08-01;2014-10-01
Jens Stoltenberg;Stoltenberg;SG;2014-10-01;2024-10-01
Mark Rutte;Rutte;SG;2024-10-01;
@EU
Jacques Delors;Delors;CP;1985-01-06;1995-01-24
Jacques Santer;Santer;CP;1995-01-24;1999-03-15
Manuel Marín;Manuel Marin;CP;1999-03-15;1999-09-17
Romano Prodi;Prodi;CP;1999-09-16;2004-11-21
José Manuel Barroso;Jose Manuel Barroso|Barroso|José Manuel Durão Barroso;CP;2004-11-22;2014-10-31
Jean-Claude Juncker;Juncker;CP;2014-11-01;2019-11-30
Ursula von der Leyen;von der Leyen;CP;2019-12-01;
Herman Van Rompuy;Van Rompuy;CO;2009-12-01;2014-11-30
Donald Tusk;Tusk;CO;2014-12-01;2019-11-30
Charles Michel;;CO;2019-12-01;2024-11-30
António Costa;Antonio Costa;CO;2024-12-01;
Javier Solana;Solana;HR;1999-10-18;2009-11-30
Catherine Ashton;Lady Ashton|Ashton;HR;2009-12-01;2014-10-31
Federica Mogherini;Mogherini;HR;2014-11-01;2019-11-30
Josep Borrell;Borrell;HR;2019-12-01;2024-11-30
Kaja Kallas;Kallas;HR;2024-12-01;
@IAEA
Hans Blix;Blix;SG;1981-12-01;1997-11-30
Mohamed ElBaradei;ElBaradei|Mohamed El Baradei;SG;1997-12-01;2009-11-30
Yukiya Amano;Amano;SG;2009-12-01;2019-07-18
Rafael Grossi;Rafael Mariano Grossi|Grossi;SG;2019-12-03;
@ARL
Chedli Klibi;;SG;1979-06-28;1990-09-03
Esmat Abdel Meguid;Ahmed Esmat Abdel Meguid;SG;1991-05-15;2001-05-15
Amr Moussa;Amr Mousa;SG;2001-05-15;2011-07-01
Nabil Elaraby;Nabil el-Araby|Nabil al-Arabi;SG;2011-07-01;2016-07-01
Ahmed Aboul Gheit;Ahmed Abul Gheit|Aboul Gheit;SG;2016-07-01;
@AFU
Alpha Oumar Konaré;Alpha Oumar Konare|Konare;SG;2003-09-16;2008-04-28
Jean Ping;;SG;2008-04-28;2012-10-15
Nkosazana Dlamini-Zuma;Dlamini-Zuma;SG;2012-10-15;2017-03-14
Moussa Faki;Moussa Faki Mahamat;SG;2017-03-14;2025-03-13
Mahmoud Ali Youssouf;;SG;2025-03-13;
@PKK
Abdullah Öcalan;Abdullah Ocalan|Ocalan|Öcalan;GL;1978-11-27;
Murat Karayılan;Murat Karayilan|Karayilan;GL;1999-02-15;2025-05-12
Cemil Bayık;Cemil Bayik|Bayik;GL;2013-07-01;2025-05-12
Duran Kalkan;;GL;2000-01-01;2025-05-12
@ISIS
Abu Musab al-Zarqawi;al-Zarqawi|Zarqawi;GL;2004-10-17;2006-06-07
Abu Omar al-Baghdadi;;GL;2006-10-15;2010-04-18
Abu Bakr al-Baghdadi;al-Baghdadi|Ibrahim Awwad Ibrahim al-Badri;GL;2010-05-16;2019-10-27
Abu Ibrahim al-Hashimi al-Qurashi;Abu Ibrahim al-Qurashi;GL;2019-10-31;2022-02-03
Abu al-Hasan al-Hashimi al-Qurashi;;GL;2022-03-10;2022-10-15
Abu al-Hussein al-Husseini al-Qurashi;;GL;2022-11-30;2023-04-29
Abu Hafs al-Hashimi al-Qurashi;;GL;2023-08-03;
Abu Mohammad al-Adnani;al-Adnani;SP;2011-01-01;2016-08-30
@HAMAS
Ahmed Yassin;Sheikh Ahmed Yassin;GL;1987-12-10;2004-03-22
Abdel Aziz al-Rantisi;al-Rantisi|Rantisi;GL;2004-03-22;2004-04-17
Khaled Mashal;Khaled Meshaal|Khaled Mashaal|Meshaal|Mashal;GL;1996-01-01;2017-05-06
Ismail Haniyeh;Ismail Haniya|Haniyeh|Haniya;GL;2017-05-06;2024-07-31
Yahya Sinwar;Sinwar;GL;2024-08-06;2024-10-16
Yahya Sinwar;Sinwar;GL;2017-02-13;2024-08-06
Mohammed Deif;Mohammed Dief|Deif;GL;2002-01-01;2024-07-13;REB
Mohammed Sinwar;;GL;2024-10-16;2025-05-13
Khalil al-Hayya;al-Hayya;GL;2024-10-01;
Saleh al-Arouri;al-Arouri;GL;2017-10-01;2024-01-02
Abu Obeida;Abu Ubaida;SP;2006-01-01;
@HEZBOLLAH
Abbas al-Musawi;Abbas Musawi;GL;1991-05-01;1992-02-16
Hassan Nasrallah;Sayyed Hassan Nasrallah|Nasrallah;GL;1992-02-16;2024-09-27
Hashem Safieddine;Safieddine;GL;2024-09-27;2024-10-03
Naim Qassem;Naim Qassim|Qassem;GL;2024-10-29;
Imad Mughniyeh;Mughniyeh;GL;1982-01-01;2008-02-12
@HOUTHI
Hussein al-Houthi;Hussein Badreddin al-Houthi;GL;1994-01-01;2004-09-10
Abdul-Malik al-Houthi;Abdul Malik al-Houthi|Abdulmalik al-Houthi;GL;2004-09-10;
Mohammed Ali al-Houthi;;GL;2015-02-06;2016-08-15
Mahdi al-Mashat;Mahdi al-Mashat;GL;2018-04-25;
Yahya Saree;Yahya Sarea|Saree;SP;2015-01-01;
Mohammed Abdulsalam;Mohammed Abdul Salam;SP;2015-01-01;
@ALQAEDA
Osama bin Laden;Usama bin Laden|bin Laden|Osama Bin Laden;GL;1988-08-11;2011-05-02
Ayman al-Zawahiri;Ayman al-Zawahri|Zawahiri|al-Zawahiri;GL;2011-06-16;2022-07-31
Saif al-Adel;Sayf al-Adl;GL;2022-08-01;
Anwar al-Awlaki;al-Awlaki;GL;2009-01-01;2011-09-30
Nasser al-Wuhayshi;al-Wuhayshi;GL;2009-01-01;2015-06-12
Qasim al-Raymi;;GL;2015-06-12;2020-01-29
Khalid Batarfi;;GL;2020-02-23;2024-03-10
Abdelmalek Droukdel;Droukdel;GL;2004-01-01;2020-06-03
@TALIBAN
Mohammed Omar;Mullah Omar|Mullah Mohammed Omar;GL;1994-09-01;2013-04-23
Akhtar Mansour;Mullah Akhtar Mansour|Akhtar Mohammad Mansour;GL;2015-07-29;2016-05-21
Hibatullah Akhundzada;Haibatullah Akhundzada|Akhundzada;GL;2016-05-25;
Abdul Ghani Baradar;Mullah Baradar|Baradar;GL;2019-01-24;
Sirajuddin Haqqani;Siraj Haqqani;GL;2016-05-25;
Zabihullah Mujahid;Zabiullah Mujahid|Zabihollah Mojahed|Zabihullah Mojahed;SP;2007-01-01;2021-08-17
Suhail Shaheen;;SP;2019-01-01;
@WAGNER
Yevgeny Prigozhin;Yevgeniy Prigozhin|Prigozhin;GL;2014-05-01;2023-08-23
Dmitry Utkin;Dmitri Utkin;GL;2014-05-01;2023-08-23
@ALSHABAAB
Ahmed Abdi Godane;Mukhtar Abu Zubair|Godane;GL;2008-05-01;2014-09-01
Ahmad Umar;Abu Ubaidah;GL;2014-09-06;
@BOKOHARAM
Mohammed Yusuf;;GL;2002-01-01;2009-07-30
Abubakar Shekau;Shekau;GL;2009-07-30;2021-05-19
Abu Musab al-Barnawi;al-Barnawi;GL;2016-08-01;2021-10-01
@HTS
Abu Mohammad al-Julani;Abu Mohammed al-Jolani|al-Jolani|al-Julani|Ahmed al-Sharaa|Ahmad al-Sharaa;GL;2012-01-23;2025-01-29
