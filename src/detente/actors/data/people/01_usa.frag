@USA
George H. W. Bush;George Bush|George H.W. Bush|Bush Sr.;HOS;1989-01-20;1993-01-20
Bill Clinton;William Jefferson Clinton|William Clinton|Clinton;HOS;1993-01-20;2001-01-20
George W. Bush;George Bush|Bush;HOS;2001-01-20;2009-01-20
Barack Obama;Obama|Barack Hussein Obama;HOS;2009-01-20;2017-01-20
Donald Trump;Donald J. Trump|Trump;HOS;2017-01-20;2021-01-20
Joe Biden;Joseph Biden|Joseph R. Biden|Biden;HOS;2021-01-20;2025-01-20
Donald Trump;Donald J. Trump|Trump;HOS;2025-01-20;
James Baker;James A. Baker|James Baker III;FM;1989-01-25;1992-08-23
Lawrence Eagleburger;Eagleburger;FM;1992-08-23;1993-01-20
Warren Christopher;;FM;1993-01-20;1997-01-17
Madeleine Albright;Albright;FM;1997-01-23;2001-01-20
Colin Powell;Powell;FM;2001-01-20;2005-01-26
Condoleezza Rice;Condi Rice;FM;2005-01-26;2009-01-20
Hillary Clinton;Hillary Rodham Clinton;FM;2009-01-21;2013-02-01
John Kerry;Kerry;FM;2013-02-01;2017-01-20
Rex Tillerson;Tillerson;FM;2017-02-01;2018-03-31
Mike Pompeo;Michael Pompeo|Pompeo;FM;2018-04-26;2021-01-20
Antony Blinken;Tony Blinken|Blinken;FM;2021-01-26;2025-01-20
Marco Rubio;Rubio;FM;2025-01-21;
Dick Cheney;Richard Cheney|Cheney;DM;1989-03-21;1993-01-20
Les Aspin;Aspin;DM;1993-01-20;1994-02-03
William Perry;William J. Perry;DM;1994-02-03;1997-01-23
William Cohen;William S. Cohen;DM;1997-01-24;2001-01-20
Donald Rumsfeld;Rumsfeld;DM;2001-01-20;2006-12-18
Robert Gates;;DM;2006-12-18;2011-06-30
Leon Panetta;Panetta;DM;2011-07-01;2013-02-26
Chuck Hagel;Hagel;DM;2013-02-27;2015-02-17
Ash Carter;Ashton Carter;DM;2015-02-17;2017-01-20
Jim Mattis;James Mattis|Mattis;DM;2017-01-20;2019-01-01
Patrick Shanahan;Shanahan;DM;2019-01-01;2019-06-23
Mark Esper;Esper;DM;2019-06-24;2020-11-09
Christopher Miller;Christopher C. Miller;DM;2020-11-09;2021-01-20
Lloyd Austin;Lloyd J. Austin;DM;2021-01-22;2025-01-20
Pete Hegseth;Hegseth;DM;2025-01-25;
William Webster;William H. Webster;IC;1987-05-26;1991-08-31
Robert Gates;;IC;1991-11-06;1993-01-20
James Woolsey;R. James Woolsey|Woolsey;IC;1993-02-05;1995-01-10
John Deutch;Deutch;IC;1995-05-10;1996-12-15
George Tenet;Tenet;IC;1996-12-16;2004-07-11
John McLaughlin;;IC;2004-07-11;2004-09-24
Porter Goss;Goss;IC;2004-09-24;2006-05-26
Michael Hayden;Michael V. Hayden;IC;2006-05-30;2009-02-12
Leon Panetta;Panetta;IC;2009-02-13;2011-06-30
David Petraeus;Petraeus;IC;2011-09-06;2012-11-09
John Brennan;Brennan;IC;2013-03-08;2017-01-20
Mike Pompeo;Michael Pompeo|Pompeo;IC;2017-01-23;2018-04-26
Gina Haspel;Haspel;IC;2018-05-21;2021-01-20
William Burns;William J. Burns|Bill Burns;IC;2021-03-19;2025-01-20
John Ratcliffe;Ratcliffe;IC;2025-01-23;
John Negroponte;Negroponte;IC;2005-04-21;2007-02-13
Mike McConnell;John Michael McConnell;IC;2007-02-13;2009-01-27
Dennis Blair;;IC;2009-01-29;2010-05-28
James Clapper;Clapper;IC;2010-08-09;2017-01-20
Dan Coats;Daniel Coats;IC;2017-03-16;2019-08-15
John Ratcliffe;Ratcliffe;IC;2020-05-26;2021-01-20
Avril Haines;Haines;IC;2021-01-21;2025-01-20
Tulsi Gabbard;Gabbard;IC;2025-02-12;
Robert Mueller;Robert S. Mueller|Mueller;IC;2001-09-04;2013-09-04
James Comey;Comey;IC;2013-09-04;2017-05-09
Christopher Wray;Wray;IC;2017-08-02;2025-01-19
Kash Patel;Kashyap Patel;IC;2025-02-21;
Keith Alexander;Keith B. Alexander;IC;2005-08-01;2014-03-28;MIL
Michael Rogers;Michael S. Rogers;IC;2014-04-03;2018-05-04;MIL
Paul Nakasone;Nakasone;IC;2018-05-04;2024-02-02;MIL
Brent Scowcroft;Scowcroft;NSA;1989-01-20;1993-01-20
Anthony Lake;Tony Lake;NSA;1993-01-20;1997-03-14
Sandy Berger;Samuel Berger;NSA;1997-03-14;2001-01-20
Condoleezza Rice;Condi Rice;NSA;2001-01-20;2005-01-26
Stephen Hadley;Hadley;NSA;2005-01-26;2009-01-20
James L. Jones;James Jones;NSA;2009-01-20;2010-10-08
Tom Donilon;Thomas Donilon|Donilon;NSA;2010-10-08;2013-07-01
Susan Rice;;NSA;2013-07-01;2017-01-20
Michael Flynn;Mike Flynn;NSA;2017-01-20;2017-02-13
H. R. McMaster;H.R. McMaster|McMaster;NSA;2017-02-20;2018-04-09
John Bolton;Bolton;NSA;2018-04-09;2019-09-10
Robert O'Brien;Robert C. O'Brien;NSA;2019-09-18;2021-01-20
Jake Sullivan;;NSA;2021-01-20;2025-01-20
Mike Waltz;Michael Waltz;NSA;2025-01-20;2025-05-01
Marco Rubio;Rubio;NSA;2025-05-01;
Tom Ridge;;IM;2003-01-24;2005-02-01
Michael Chertoff;Chertoff;IM;2005-02-15;2009-01-21
Janet Napolitano;Napolitano;IM;2009-01-21;2013-09-06
Jeh Johnson;;IM;2013-12-23;2017-01-20
John Kelly;John F. Kelly;IM;2017-01-20;2017-07-31
Kirstjen Nielsen;Nielsen;IM;2017-12-06;2019-04-10
Alejandro Mayorkas;Mayorkas;IM;2021-02-02;2025-01-20
Kristi Noem;Noem;IM;2025-01-25;
Nicholas Brady;Nicholas F. Brady;FIN;1988-09-15;1993-01-17
Lloyd Bentsen;Bentsen;FIN;1993-01-20;1994-12-22
Robert Rubin;Robert E. Rubin;FIN;1995-01-11;1999-07-02
Lawrence Summers;Larry Summers;FIN;1999-07-02;2001-01-20
Paul O'Neill;;FIN;2001-01-20;2002-12-31
John Snow;John W. Snow;FIN;2003-02-03;2006-06-30
Henry Paulson;Hank Paulson|Paulson;FIN;2006-07-10;2009-01-20
Timothy Geithner;Tim Geithner|Geithner;FIN;2009-01-26;2013-01-25
Jack Lew;Jacob Lew;FIN;2013-02-28;2017-01-20
Steven Mnuchin;Mnuchin;FIN;2017-02-13;2021-01-20
Janet Yellen;Yellen;FIN;2021-01-26;2025-01-20
Scott Bessent;Bessent;FIN;2025-01-28;
Ned Price;;SP;2021-01-20;2023-03-31
Matthew Miller;;SP;2023-05-01;2025-01-20
Tammy Bruce;;SP;2025-01-24;2025-08-01
Karine Jean-Pierre;;SP;2022-05-13;2025-01-20
Jen Psaki;Psaki;SP;2021-01-20;2022-05-13
Karoline Leavitt;Leavitt;SP;2025-01-20;
Heather Nauert;Nauert;SP;2017-04-01;2019-03-01
John Kirby;;SP;2015-05-01;2017-01-20
Dick Cheney;Richard Cheney|Cheney;vice_president;2001-01-20;2009-01-20
Joe Biden;Joseph Biden|Joseph R. Biden|Biden;vice_president;2009-01-20;2017-01-20
Mike Pence;Pence;vice_president;2017-01-20;2021-01-20
Kamala Harris;;vice_president;2021-01-20;2025-01-20
JD Vance;J.D. Vance|Vance;vice_president;2025-01-20;
Nancy Pelosi;Pelosi;speaker_of_parliament;2007-01-04;2011-01-03;LEG
Nancy Pelosi;Pelosi;speaker_of_parliament;2019-01-03;2023-01-03;LEG
Kevin McCarthy;;speaker_of_parliament;2023-01-07;2023-10-03;LEG
Mike Johnson;;speaker_of_parliament;2023-10-25;;LEG
