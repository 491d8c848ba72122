@USA
Colin Powell;Powell;GL;1989-10-01;1993-09-30;MIL
John Shalikashvili;Shalikashvili;GL;1993-10-25;1997-09-30;MIL
Hugh Shelton;;GL;1997-10-01;2001-09-30;MIL
Richard Myers;;GL;2001-10-01;2005-09-30;MIL
Peter Pace;;GL;2005-09-30;2007-10-01;MIL
Mike Mullen;Michael Mullen;GL;2007-10-01;2011-09-30;MIL
Martin Dempsey;Dempsey;GL;2011-10-01;2015-09-25;MIL
Joseph Dunford;Dunford;GL;2015-10-01;2019-09-30;MIL
Mark Milley;Milley;GL;2019-10-01;2023-09-30;MIL
Charles Q. Brown;CQ Brown|Charles Brown;GL;2023-10-01;2025-02-21;MIL
Dan Caine;John Daniel Caine;GL;2025-04-11;;MIL
@ISR
Amnon Lipkin-Shahak;Lipkin-Shahak;GL;1995-01-01;1998-07-09;MIL
Shaul Mofaz;Mofaz;GL;1998-07-09;2002-07-09;MIL
Moshe Ya'alon;Ya'alon;GL;2002-07-09;2005-06-01;MIL
Dan Halutz;Halutz;GL;2005-06-01;2007-01-17;MIL
Gabi Ashkenazi;Ashkenazi;GL;2007-02-14;2011-02-14;MIL
Benny Gantz;Gantz;GL;2011-02-14;2015-02-16;MIL
Gadi Eisenkot;Eisenkot;GL;2015-02-16;2019-01-15;MIL
Aviv Kochavi;Kochavi;GL;2019-01-15;2023-01-16;MIL
Herzi Halevi;Herzl Halevi|Halevi;GL;2023-01-16;2025-03-05;MIL
Eyal Zamir;Zamir;GL;2025-03-05;;MIL
@IRN
Mohammad Ali Jafari;Mohammad Ali Jafari;GL;2007-09-01;2019-04-21;MIL
Hossein Salami;Salami;GL;2019-04-21;2025-06-13;MIL
Mohammad Pakpour;Pakpour;GL;2025-06-13;;MIL
Mohammad Bagheri;;GL;2016-06-28;2025-06-13;MIL
Abdolrahim Mousavi;;GL;2025-06-13;;MIL
Mohammad Bagher Ghalibaf;Mohammad Bagher Qalibaf|Ghalibaf|Qalibaf;GL;2020-05-28;;LEG
@UKR
Valerii Zaluzhnyi;Valery Zaluzhny|Zaluzhnyi|Zaluzhny;GL;2021-07-27;2024-02-08;MIL
Oleksandr Syrskyi;Oleksandr Syrsky|Syrskyi|Syrsky;GL;2024-02-08;;MIL
@TUR
Hulusi Akar;Akar;GL;2015-08-18;2018-07-10;MIL
Yaşar Güler;Yasar Guler;GL;2018-07-10;2023-06-04;MIL
Metin Gürak;Metin Gurak;GL;2023-06-05;2025-08-18;MIL
Selçuk Bayraktaroğlu;Selcuk Bayraktaroglu;GL;2025-08-18;;MIL
Fethullah Gülen;Fethullah Gulen|Gülen|Gulen;GL;1970-01-01;2024-10-20;REB
@EGY
Mohamed Hussein Tantawi;Tantawi;GL;2011-02-11;2012-08-12;MIL
@BDI
Pierre Nkurunziza;Nkurunziza;HOS;2005-08-26;2020-06-08
Évariste Ndayishimiye;Evariste Ndayishimiye;HOS;2020-06-18;
@CMR
Paul Biya;Biya;HOS;1982-11-06;
@CIV
Laurent Gbagbo;Gbagbo;HOS;2000-10-26;2011-04-11
Alassane Ouattara;Ouattara;HOS;2011-04-11;
@GIN
Alpha Condé;Alpha Conde;HOS;2010-12-21;2021-09-05
Mamadi Doumbouya;Doumbouya;HOS;2021-09-05;;MIL
@GAB
Omar Bongo;;HOS;1967-12-02;2009-06-08
Ali Bongo Ondimba;Ali Bongo;HOS;2009-10-16;2023-08-30
Brice Oligui Nguema;Oligui Nguema;HOS;2023-08-30;;MIL
@MOZ
Filipe Nyusi;Nyusi;HOS;2015-01-15;2025-01-15
Daniel Chapo;Chapo;HOS;2025-01-15;
@ZMB
Edgar Lungu;Lungu;HOS;2015-01-25;2021-08-24
Hakainde Hichilema;Hichilema;HOS;2021-08-24;
@MRT
Mohamed Ould Abdel Aziz;Ould Abdel Aziz;HOS;2009-08-05;2019-08-01
Mohamed Ould Ghazouani;Ould Ghazouani;HOS;2019-08-01;
@NAM
Hage Geingob;Geingob;HOS;2015-03-21;2024-02-04
Netumbo Nandi-Ndaitwah;Nandi-Ndaitwah;HOS;2025-03-21;
@HTI
Jean-Bertrand Aristide;Aristide;HOS;2001-02-07;2004-02-29
René Préval;Rene Preval;HOS;2006-05-14;2011-05-14
Michel Martelly;Martelly;HOS;2011-05-14;2016-02-07
Jovenel Moïse;Jovenel Moise;HOS;2017-02-07;2021-07-07
Ariel Henry;;HOG;2021-07-20;2024-04-25
@PRY
Santiago Peña;Santiago Pena;HOS;2023-08-15;
@URY
Luis Lacalle Pou;Lacalle Pou;HOS;2020-03-01;2025-03-01
Yamandú Orsi;Yamandu Orsi;HOS;2025-03-01;
@GTM
Bernardo Arévalo;Bernardo Arevalo;HOS;2024-01-15;
@HND
Xiomara Castro;;HOS;2022-01-27;
@PAN
José Raúl Mulino;Jose Raul Mulino|Mulino;HOS;2024-07-01;
@KHM
Hun Sen;;HOG;1985-01-14;2023-08-22
Hun Manet;;HOG;2023-08-22;
Norodom Sihamoni;King Sihamoni;HOS;2004-10-14;
Prak Sokhonn;;FM;2016-04-04;
@LAO
Thongloun Sisoulith;;HOS;2021-03-22;
@MDV
Mohamed Muizzu;Muizzu;HOS;2023-11-17;
