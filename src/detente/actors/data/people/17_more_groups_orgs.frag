@SDF
Mazloum Abdi;Mazloum Kobani|Mazlum Abdi;GL;2015-10-10;
@FARC
Manuel Marulanda;Tirofijo|Pedro Antonio Marín;GL;1964-05-27;2008-03-26
Alfonso Cano;;GL;2008-03-26;2011-11-04
Rodrigo Londoño;Timochenko|Timoleón Jiménez|Timoleon Jimenez;GL;2011-11-15;2017-08-31
@ELN
Nicolás Rodríguez Bautista;Nicolas Rodriguez Bautista|Gabino;GL;1998-01-01;2021-01-01
Antonio García;Eliecer Erlinto Chamorro;GL;2021-01-01;
@TTP
Baitullah Mehsud;;GL;2007-12-14;2009-08-05
Hakimullah Mehsud;;GL;2009-08-22;2013-11-01
Maulana Fazlullah;Mullah Fazlullah|Fazlullah;GL;2013-11-07;2018-06-13
Noor Wali Mehsud;;GL;2018-06-23;
@LET
Hafiz Saeed;Hafiz Muhammad Saeed;GL;1990-01-01;
@JEM
Masood Azhar;Maulana Masood Azhar;GL;2000-01-31;
@ESH
Brahim Ghali;;GL;2016-07-12;;REB
Mohamed Abdelaziz;;GL;1976-08-30;2016-05-31;REB
@IRQ
Abu Mahdi al-Muhandis;al-Muhandis;GL;2014-06-01;2020-01-03;REB
Falih al-Fayyadh;Faleh al-Fayyad;GL;2014-06-01;;GOV
Qais al-Khazali;Qais Khazali;GL;2006-01-01;;REB
@IMF
Michel Camdessus;Camdessus;SG;1987-01-16;2000-02-14
Horst Köhler;Horst Kohler;SG;2000-05-01;2004-03-04
Rodrigo Rato;;SG;2004-06-07;2007-10-31
Dominique Strauss-Kahn;Strauss-Kahn|DSK;SG;2007-11-01;2011-05-18
Christine Lagarde;Lagarde;SG;2011-07-05;2019-09-12
Kristalina Georgieva;Georgieva;SG;2019-10-01;
@ICC
Luis Moreno Ocampo;Moreno Ocampo;SG;2003-06-16;2012-06-15
Fatou Bensouda;Bensouda;SG;2012-06-15;2021-06-15
Karim Khan;Karim A. A. Khan;SG;2021-06-16;
@OIC
Yousef Al-Othaimeen;Yousef al-Othaimeen;SG;2016-11-01;2021-11-16
Hissein Brahim Taha;;SG;2021-11-16;
@OPEC
Mohammed Barkindo;Barkindo;SG;2016-08-01;2022-07-05
Haitham al-Ghais;al-Ghais;SG;2022-08-01;
@OSCE
Helga Schmid;;SG;2020-12-04;2024-09-03
Feridun Sinirlioğlu;Sinirlioglu;SG;2024-12-03;
@EU
Roberta Metsola;Metsola;CO;2022-01-18;
David Sassoli;Sassoli;CO;2019-07-03;2022-01-11
Antonio Tajani;Tajani;CO;2017-01-17;2019-07-02
Martin Schulz;Schulz;CO;2012-01-17;2017-01-17
Christine Lagarde;Lagarde;FIN;2019-11-01;
Mario Draghi;Draghi;FIN;2011-11-01;2019-10-31
Jean-Claude Trichet;Trichet;FIN;2003-11-01;2011-10-31
Michel Barnier;Barnier;ENV;2016-10-01;2021-03-31
@UNO
Amina J. Mohammed;Amina Mohammed;ENV;2017-02-28;
Philippe Lazzarini;Lazzarini;ENV;2020-03-18;
Martin Griffiths;;ENV;2021-07-19;2024-06-30
Rosemary DiCarlo;DiCarlo;ENV;2018-08-01;
Jean-Pierre Lacroix;Lacroix;ENV;2017-04-01;
