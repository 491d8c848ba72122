@ETH
Meles Zenawi;Meles;HOS;1991-05-28;1995-08-22
Negasso Gidada;;HOS;1995-08-22;2001-10-08
Girma Wolde-Giorgis;Girma Woldegiorgis;HOS;2001-10-08;2013-10-07
Mulatu Teshome;;HOS;2013-10-07;2018-10-25
Sahle-Work Zewde;Sahle-Work;HOS;2018-10-25;2024-10-07
Taye Atske Selassie;Taye Atske-Selassie;HOS;2024-10-07;
Meles Zenawi;Meles;HOG;1995-08-23;2012-08-20
Hailemariam Desalegn;Hailemariam;HOG;2012-08-21;2018-04-02
Abiy Ahmed;Abiy Ahmed Ali|Abiy;HOG;2018-04-02;
Seyoum Mesfin;;FM;1991-06-01;2010-10-29
Hailemariam Desalegn;Hailemariam;FM;2010-10-29;2012-11-29
Tedros Adhanom Ghebreyesus;Tedros Adhanom|Tedros;FM;2012-11-29;2016-11-01
Workneh Gebeyehu;;FM;2016-11-01;2019-04-01
Gedu Andargachew;;FM;2019-04-01;2020-11-01
Demeke Mekonnen;;FM;2020-11-01;2024-02-01
Taye Atske Selassie;Taye Atske-Selassie;FM;2024-02-01;2024-10-07
Gedion Timothewos;Gedion Timotheos;FM;2024-10-07;
Debretsion Gebremichael;Debretsion;GL;2017-11-01;2025-03-01;REB
Getachew Reda;;GL;2023-03-23;2025-04-08;GOV
@WHO
Tedros Adhanom Ghebreyesus;Tedros Adhanom|Tedros;SG;2017-07-01;
Margaret Chan;;SG;2007-01-04;2017-06-30
@SDN
Omar al-Bashir;Omar Hassan al-Bashir|Bashir|al-Bashir;HOS;1989-06-30;2019-04-11;MIL
Ahmed Awad Ibn Auf;Awad Ibn Auf;HOS;2019-04-11;2019-04-12;MIL
Abdel Fattah al-Burhan;Abdel Fattah Burhan|al-Burhan|Burhan;HOS;2019-04-12;;MIL
Bakri Hassan Saleh;;HOG;2017-03-02;2018-09-09
Motazz Moussa;Moutaz Mousa;HOG;2018-09-10;2019-02-23
Mohamed Tahir Ayala;;HOG;2019-02-23;2019-04-11
Abdalla Hamdok;Abdallah Hamdok|Hamdok;HOG;2019-08-21;2022-01-02
Kamil Idris;;HOG;2025-05-31;
Ali Karti;;FM;2010-06-01;2015-06-01
Ibrahim Ghandour;;FM;2015-06-01;2018-04-19
Asma Abdalla;Asma Mohamed Abdalla;FM;2019-09-08;2020-07-09
Mariam al-Mahdi;Mariam al-Sadiq al-Mahdi;FM;2021-02-08;2021-11-01
Mohamed Hamdan Dagalo;Hemedti|Hemeti|Mohamed Hamdan Dagalo Musa;GL;2013-08-01;2023-04-15;MIL
Mohamed Hamdan Dagalo;Hemedti|Hemeti;GL;2023-04-15;;REB
@SSD
Salva Kiir;Salva Kiir Mayardit|Kiir;HOS;2011-07-09;
Riek Machar;Machar;GL;2013-12-15;2020-02-22;REB
@SOM
Abdiqasim Salad Hassan;;HOS;2000-08-27;2004-10-14
Abdullahi Yusuf Ahmed;Abdullahi Yusuf;HOS;2004-10-14;2008-12-29
Sharif Sheikh Ahmed;Sharif Ahmed;HOS;2009-01-31;2012-08-20
Hassan Sheikh Mohamud;;HOS;2012-09-16;2017-02-08
Mohamed Abdullahi Farmaajo;Mohamed Abdullahi Mohamed|Farmajo|Farmaajo;HOS;2017-02-08;2022-05-23
Hassan Sheikh Mohamud;;HOS;2022-05-23;
Omar Abdirashid Ali Sharmarke;Omar Sharmarke;HOG;2009-02-14;2010-09-24
Mohamed Abdullahi Farmaajo;Farmajo|Farmaajo;HOG;2010-11-01;2011-06-19
Abdiweli Mohamed Ali;Abdiweli Gaas;HOG;2011-06-28;2012-10-17
Abdi Farah Shirdon;;HOG;2012-10-17;2013-12-21
Abdiweli Sheikh Ahmed;;HOG;2013-12-21;2014-12-24
Omar Abdirashid Ali Sharmarke;Omar Sharmarke;HOG;2014-12-24;2017-03-01
Hassan Ali Khaire;Khaire;HOG;2017-03-01;2020-07-25
Mohamed Hussein Roble;Roble;HOG;2020-09-18;2022-06-26
Hamza Abdi Barre;;HOG;2022-06-26;
@KEN
Daniel arap Moi;Daniel Moi|Moi;HOS;1978-10-14;2002-12-30
Mwai Kibaki;Kibaki;HOS;2002-12-30;2013-04-09
Uhuru Kenyatta;Kenyatta;HOS;2013-04-09;2022-09-13
William Ruto;Ruto;HOS;2022-09-13;
Raila Odinga;Odinga;HOG;2008-04-17;2013-04-09
Moses Wetangula;Wetangula;FM;2008-01-08;2012-10-01
Amina Mohamed;;FM;2013-05-15;2018-01-26
Monica Juma;;FM;2018-01-26;2020-03-04
Raychelle Omamo;Omamo;FM;2020-03-04;2022-10-27
Alfred Mutua;;FM;2022-10-27;2023-10-04
Musalia Mudavadi;Mudavadi;FM;2023-10-04;
@NGA
Ibrahim Babangida;Babangida;HOS;1985-08-27;1993-08-26;MIL
Ernest Shonekan;Shonekan;HOS;1993-08-26;1993-11-17
Sani Abacha;Abacha;HOS;1993-11-17;1998-06-08;MIL
Abdulsalami Abubakar;;HOS;1998-06-09;1999-05-29;MIL
Olusegun Obasanjo;Obasanjo;HOS;1999-05-29;2007-05-29
Umaru Musa Yar'Adua;Umaru Yar'Adua|Yar'Adua;HOS;2007-05-29;2010-05-05
Goodluck Jonathan;;HOS;2010-05-06;2015-05-29
Muhammadu Buhari;Buhari;HOS;2015-05-29;2023-05-29
Bola Tinubu;Bola Ahmed Tinubu|Tinubu;HOS;2023-05-29;
Ojo Maduekwe;Maduekwe;FM;2007-07-26;2010-03-17
Olugbenga Ashiru;;FM;2011-07-11;2013-09-11
Aminu Wali;;FM;2014-03-05;2015-05-29
Geoffrey Onyeama;Onyeama;FM;2015-11-11;2023-05-29
Yusuf Tuggar;Tuggar;FM;2023-08-21;
@ZAF
F. W. de Klerk;FW de Klerk|de Klerk;HOS;1989-09-20;1994-05-10
Nelson Mandela;Mandela;HOS;1994-05-10;1999-06-14
Thabo Mbeki;Mbeki;HOS;1999-06-14;2008-09-24
Kgalema Motlanthe;Motlanthe;HOS;2008-09-25;2009-05-09
Jacob Zuma;Zuma;HOS;2009-05-09;2018-02-14
Cyril Ramaphosa;Ramaphosa;HOS;2018-02-15;
Pik Botha;Roelof Botha;FM;1977-04-01;1994-05-10
Alfred Nzo;Nzo;FM;1994-05-10;1999-06-17
Nkosazana Dlamini-Zuma;Dlamini-Zuma;FM;1999-06-17;2009-05-10
Maite Nkoana-Mashabane;Nkoana-Mashabane;FM;2009-05-10;2018-02-27
Lindiwe Sisulu;;FM;2018-02-27;2019-05-29
Naledi Pandor;Pandor;FM;2019-05-30;2024-06-30
Ronald Lamola;Lamola;FM;2024-07-03;
@COD
Mobutu Sese Seko;Mobutu;HOS;1965-11-24;1997-05-16
Laurent-Désiré Kabila;Laurent Kabila|Laurent-Desire Kabila;HOS;1997-05-17;2001-01-16
Joseph Kabila;Kabila;HOS;2001-01-17;2019-01-24
Félix Tshisekedi;Felix Tshisekedi|Tshisekedi;HOS;2019-01-24;
Antoine Gizenga;Gizenga;HOG;2006-12-30;2008-10-10
Adolphe Muzito;Muzito;HOG;2008-10-10;2012-03-06
Augustin Matata Ponyo;Matata Ponyo;HOG;2012-04-18;2016-11-17
Samy Badibanga;Badibanga;HOG;2016-11-17;2017-05-16
Bruno Tshibala;;HOG;2017-05-16;2019-05-20
Sylvestre Ilunga;Ilunga Ilunkamba;HOG;2019-05-20;2021-02-15
Sama Lukonde;Jean-Michel Sama Lukonde;HOG;2021-02-15;2024-06-12
Judith Suminwa;Judith Suminwa Tuluka;HOG;2024-06-12;
Christophe Lutundula;Lutundula;FM;2021-04-12;2024-06-12
Thérèse Kayikwamba Wagner;Therese Kayikwamba Wagner;FM;2024-06-12;
Sultani Makenga;Makenga;GL;2013-02-28;;REB
Corneille Nangaa;Nangaa;GL;2023-12-15;;REB
@RWA
Juvénal Habyarimana;Juvenal Habyarimana|Habyarimana;HOS;1973-07-05;1994-04-06;MIL
Pasteur Bizimungu;Bizimungu;HOS;1994-07-19;2000-03-23
Paul Kagame;Kagame;HOS;2000-03-24;
Paul Kagame;Kagame;DM;1994-07-19;2000-04-22;MIL
Pierre-Célestin Rwigema;Pierre-Celestin Rwigema;HOG;1995-08-31;2000-03-08
Bernard Makuza;Makuza;HOG;2000-03-08;2011-10-07
Pierre Habumuremyi;Habumuremyi;HOG;2011-10-07;2014-07-24
Anastase Murekezi;Murekezi;HOG;2014-07-24;2017-08-30
Édouard Ngirente;Edouard Ngirente|Ngirente;HOG;2017-08-30;2025-07-23
Justin Nsengiyumva;Nsengiyumva;HOG;2025-07-23;
Louise Mushikiwabo;Mushikiwabo;FM;2009-12-01;2018-10-18
Richard Sezibera;Sezibera;FM;2018-10-18;2019-11-04
Vincent Biruta;Biruta;FM;2019-11-04;2024-06-01
Olivier Nduhungirehe;Nduhungirehe;FM;2024-06-01;
@MLI
Amadou Toumani Touré;Amadou Toumani Toure|ATT;HOS;1991-03-26;1992-06-08;MIL
Alpha Oumar Konaré;Alpha Oumar Konare|Konare;HOS;1992-06-08;2002-06-08
Amadou Toumani Touré;Amadou Toumani Toure|ATT;HOS;2002-06-08;2012-03-22
Amadou Sanogo;Sanogo;HOS;2012-03-22;2012-04-12;MIL
Dioncounda Traoré;Dioncounda Traore;HOS;2012-04-12;2013-09-04
Ibrahim Boubacar Keïta;Ibrahim Boubacar Keita|IBK;HOS;2013-09-04;2020-08-18
Assimi Goïta;Assimi Goita|Goita;HOS;2020-08-18;2020-09-25;MIL
Bah N'Daw;Bah Ndaw;HOS;2020-09-25;2021-05-24
Assimi Goïta;Assimi Goita|Goita;HOS;2021-05-24;;MIL
Soumeylou Boubèye Maïga;Soumeylou Boubeye Maiga;HOG;2017-12-30;2019-04-18
Boubou Cissé;Boubou Cisse;HOG;2019-04-22;2020-08-18
Moctar Ouane;Ouane;HOG;2020-09-27;2021-05-24
Choguel Kokalla Maïga;Choguel Maiga|Choguel Kokalla Maiga;HOG;2021-06-07;2024-11-20
Abdoulaye Maïga;Abdoulaye Maiga;HOG;2024-11-21;;MIL
Abdoulaye Diop;;FM;2021-06-07;
Iyad Ag Ghaly;Iyad ag Ghali;GL;2017-03-02;;REB
@NER
Mamadou Tandja;Tandja;HOS;1999-12-22;2010-02-18
Salou Djibo;Djibo;HOS;2010-02-18;2011-04-07;MIL
Mahamadou Issoufou;Issoufou;HOS;2011-04-07;2021-04-02
Mohamed Bazoum;Bazoum;HOS;2021-04-02;2023-07-26
Abdourahamane Tchiani;Abdourahmane Tiani|Tchiani|Tiani;HOS;2023-07-26;;MIL
Brigi Rafini;Rafini;HOG;2011-04-07;2021-04-03
Ouhoumoudou Mahamadou;;HOG;2021-04-03;2023-07-26
Ali Lamine Zeine;Lamine Zeine;HOG;2023-08-08;
@BFA
Blaise Compaoré;Blaise Compaore|Compaoré;HOS;1987-10-15;2014-10-31
Michel Kafando;Kafando;HOS;2014-11-18;2015-12-29
Roch Marc Christian Kaboré;Roch Kabore|Kaboré;HOS;2015-12-29;2022-01-24
Paul-Henri Sandaogo Damiba;Damiba;HOS;2022-01-24;2022-09-30;MIL
Ibrahim Traoré;Ibrahim Traore;HOS;2022-09-30;;MIL
@TCD
Idriss Déby;Idriss Deby|Déby;HOS;1990-12-02;2021-04-20;MIL
Mahamat Idriss Déby;Mahamat Deby|Mahamat Idriss Deby;HOS;2021-04-20;;MIL
@UGA
Yoweri Museveni;Museveni;HOS;1986-01-29;
@ZWE
Robert Mugabe;Mugabe;HOS;1987-12-31;2017-11-21
Emmerson Mnangagwa;Mnangagwa;HOS;2017-11-24;
@SEN
Abdoulaye Wade;;HOS;2000-04-01;2012-04-02
Macky Sall;;HOS;2012-04-02;2024-04-02
Bassirou Diomaye Faye;Diomaye Faye;HOS;2024-04-02;
Ousmane Sonko;Sonko;HOG;2024-04-02;
@GHA
Jerry Rawlings;Rawlings;HOS;1981-12-31;2001-01-07
John Kufuor;Kufuor;HOS;2001-01-07;2009-01-07
John Atta Mills;Atta Mills;HOS;2009-01-07;2012-07-24
John Mahama;John Dramani Mahama|Mahama;HOS;2012-07-24;2017-01-07
Nana Akufo-Addo;Akufo-Addo;HOS;2017-01-07;2025-01-07
John Mahama;John Dramani Mahama|Mahama;HOS;2025-01-07;
@ERI
Isaias Afwerki;Isaias;HOS;1993-05-24;
@CAF
Faustin-Archange Touadéra;Faustin-Archange Touadera|Touadéra;HOS;2016-03-30;
@AGO
José Eduardo dos Santos;Jose Eduardo dos Santos|dos Santos;HOS;1979-09-21;2017-09-26
João Lourenço;Joao Lourenco;HOS;2017-09-26;
@TZA
Jakaya Kikwete;Kikwete;HOS;2005-12-21;2015-11-05
John Magufuli;Magufuli;HOS;2015-11-05;2021-03-17
Samia Suluhu Hassan;Samia Suluhu;HOS;2021-03-19;
