# United States: vice presidents, cabinet beyond state/defence/treasury/homeland, UN ambassadors,
# Fed chairs, press secretaries, congressional leaders, governors of the largest states (2015-2025)
@USA
Penny Pritzker;;TRD;2013-06-26;2017-01-20
Wilbur Ross;Wilbur L. Ross;TRD;2017-02-28;2021-01-20
Gina Raimondo;Raimondo;TRD;2021-03-03;2025-01-20
Howard Lutnick;Lutnick;TRD;2025-02-21;
Michael Froman;Froman;MIN;2013-06-21;2017-01-20
Robert Lighthizer;Lighthizer;MIN;2017-05-15;2021-01-20
Katherine Tai;;MIN;2021-03-18;2025-01-20
Jamieson Greer;Greer;MIN;2025-02-27;
Ernest Moniz;Moniz;ENE;2013-05-21;2017-01-20
Rick Perry;;ENE;2017-03-02;2019-12-01
Dan Brouillette;Brouillette;ENE;2019-12-04;2021-01-20
Jennifer Granholm;Granholm;ENE;2021-02-25;2025-01-20
Chris Wright;;ENE;2025-02-04;
Loretta Lynch;;AG;2015-04-27;2017-01-20
Jeff Sessions;Sessions;AG;2017-02-09;2018-11-07
William Barr;Bill Barr|Barr;AG;2019-02-14;2020-12-23
Merrick Garland;Garland;AG;2021-03-11;2025-01-20
Pam Bondi;Pamela Bondi|Bondi;AG;2025-02-05;
Sylvia Mathews Burwell;Sylvia Burwell;HEA;2014-06-09;2017-01-20
Tom Price;;HEA;2017-02-10;2017-09-29
Alex Azar;Azar;HEA;2018-01-29;2021-01-20
Xavier Becerra;Becerra;HEA;2021-03-19;2025-01-20
Robert F. Kennedy Jr.;RFK Jr.|Robert F. Kennedy Jr|Robert Kennedy Jr.;HEA;2025-02-13;
John King Jr.;;EDU;2016-03-14;2017-01-20
Betsy DeVos;DeVos;EDU;2017-02-07;2021-01-08
Miguel Cardona;Cardona;EDU;2021-03-02;2025-01-20
Linda McMahon;McMahon;EDU;2025-03-03;
Tom Vilsack;Vilsack;AGR;2009-01-21;2017-01-13
Sonny Perdue;;AGR;2017-04-25;2021-01-20
Tom Vilsack;Vilsack;AGR;2021-02-24;2025-01-20
Brooke Rollins;;AGR;2025-02-13;
Tom Perez;Thomas Perez;LAB;2013-07-23;2017-01-20
Alexander Acosta;Alex Acosta;LAB;2017-04-28;2019-07-19
Eugene Scalia;;LAB;2019-09-30;2021-01-20
Marty Walsh;Martin Walsh;LAB;2021-03-23;2023-03-11
Julie Su;;LAB;2023-03-11;2025-01-20
Lori Chavez-DeRemer;Chavez-DeRemer;LAB;2025-03-11;
Anthony Foxx;;TRN;2013-07-02;2017-01-20
Elaine Chao;Chao;TRN;2017-01-31;2021-01-11
Pete Buttigieg;Buttigieg;TRN;2021-02-03;2025-01-20
Sean Duffy;;TRN;2025-01-28;
Sally Jewell;;MIN;2013-04-12;2017-01-20
Ryan Zinke;Zinke;MIN;2017-03-01;2019-01-02
David Bernhardt;Bernhardt;MIN;2019-04-11;2021-01-20
Deb Haaland;Debra Haaland|Haaland;MIN;2021-03-16;2025-01-20
Doug Burgum;Burgum;MIN;2025-02-01;
Julian Castro;Julián Castro;MIN;2014-07-28;2017-01-20
Ben Carson;;MIN;2017-03-02;2021-01-20
Marcia Fudge;;MIN;2021-03-10;2024-03-22
Bob McDonald;Robert McDonald;MIN;2014-07-30;2017-01-20
David Shulkin;Shulkin;MIN;2017-02-14;2018-03-28
Robert Wilkie;;MIN;2018-07-30;2021-01-20
Denis McDonough;McDonough;MIN;2021-02-09;2025-01-20
Scott Pruitt;Pruitt;MIN;2017-02-17;2018-07-06
Andrew Wheeler;;MIN;2018-07-09;2021-01-20
Michael Regan;;MIN;2021-03-11;2025-01-20
Lee Zeldin;Zeldin;MIN;2025-01-29;
Mick Mulvaney;Mulvaney;COS;2019-01-02;2020-03-31
Reince Priebus;Priebus;COS;2017-01-20;2017-07-31
John Kelly;;COS;2017-07-31;2019-01-02
Mark Meadows;Meadows;COS;2020-03-31;2021-01-20
Ron Klain;Klain;COS;2021-01-20;2023-02-08
Jeff Zients;Zients;COS;2023-02-08;2025-01-20
Susie Wiles;Wiles;COS;2025-01-20;
Denis McDonough;McDonough;COS;2013-01-25;2017-01-20
Samantha Power;;UNA;2013-08-05;2017-01-20
Nikki Haley;Haley;UNA;2017-01-27;2018-12-31
Kelly Craft;;UNA;2019-09-12;2021-01-20
Linda Thomas-Greenfield;Thomas-Greenfield;UNA;2021-02-25;2025-01-20
Dorothy Shea;;UNA;2025-01-20;2025-09-19
Mike Waltz;Michael Waltz|Waltz;UNA;2025-09-19;
Janet Yellen;Yellen;CB;2014-02-03;2018-02-03
Jerome Powell;Jay Powell;CB;2018-02-05;
Josh Earnest;;SP;2014-06-20;2017-01-20
Sean Spicer;Spicer;SP;2017-01-20;2017-07-21
Sarah Huckabee Sanders;Sarah Sanders|Huckabee Sanders;SP;2017-07-26;2019-07-01
Stephanie Grisham;Grisham;SP;2019-07-01;2020-04-07
Kayleigh McEnany;McEnany;SP;2020-04-07;2021-01-20
Morgan Ortagus;Ortagus;SP;2019-05-01;2020-08-01
John Kirby;;SP;2022-05-01;2025-01-20
Paul Ryan;;SPK;2015-10-29;2019-01-03
John Boehner;Boehner;SPK;2011-01-05;2015-10-29
Mitch McConnell;McConnell;LEGM;2007-01-03;2025-01-03
Chuck Schumer;Charles Schumer|Schumer;LEGM;2017-01-03;
John Thune;Thune;LEGM;2025-01-03;
Harry Reid;;LEGM;2005-01-03;2017-01-03
Hakeem Jeffries;Jeffries;LEGM;2023-01-03;
Lindsey Graham;;LEGM;2003-01-03;
Bernie Sanders;Bernard Sanders;LEGM;2007-01-03;
Elizabeth Warren;;LEGM;2013-01-03;
Ted Cruz;;LEGM;2013-01-03;
John McCain;McCain;LEGM;1987-01-03;2018-08-25
Bob Menendez;Robert Menendez|Menendez;LEGM;2006-01-17;2024-08-20
Adam Schiff;Schiff;LEGM;2001-01-03;
Devin Nunes;Nunes;LEGM;2003-01-03;2022-01-01
Bob Corker;Corker;LEGM;2007-01-03;2019-01-03
Mark Warner;;LEGM;2009-01-03;
Jim Risch;James Risch|Risch;LEGM;2009-01-03;
Ben Cardin;Benjamin Cardin|Cardin;LEGM;2007-01-03;2025-01-03
Jerry Brown;Edmund G. Brown Jr.;GVR;2011-01-03;2019-01-07
Gavin Newsom;Newsom;GVR;2019-01-07;
Greg Abbott;;GVR;2015-01-20;
Andrew Cuomo;Cuomo;GVR;2011-01-01;2021-08-24
Kathy Hochul;Hochul;GVR;2021-08-24;
Rick Scott;;GVR;2011-01-04;2019-01-08
Ron DeSantis;DeSantis;GVR;2019-01-08;
Bruce Rauner;Rauner;GVR;2015-01-12;2019-01-14
J. B. Pritzker;JB Pritzker;GVR;2019-01-14;
Tom Wolf;;GVR;2015-01-20;2023-01-17
Josh Shapiro;;GVR;2023-01-17;
John Kasich;Kasich;GVR;2011-01-10;2019-01-14
Mike DeWine;DeWine;GVR;2019-01-14;
Nathan Deal;;GVR;2011-01-10;2019-01-14
Brian Kemp;Kemp;GVR;2019-01-14;
Rick Snyder;;GVR;2011-01-01;2019-01-01
Gretchen Whitmer;Whitmer;GVR;2019-01-01;
Phil Murphy;;GVR;2018-01-16;
Chris Christie;Christie;GVR;2010-01-19;2018-01-16
Jay Inslee;Inslee;GVR;2013-01-16;2025-01-15
Doug Ducey;Ducey;GVR;2015-01-05;2023-01-02
Katie Hobbs;Hobbs;GVR;2023-01-02;
Charlie Baker;;GVR;2015-01-08;2023-01-05
Maura Healey;Healey;GVR;2023-01-05;
Larry Hogan;Hogan;GVR;2015-01-21;2023-01-18
Wes Moore;;GVR;2023-01-18;
Ralph Northam;Northam;GVR;2018-01-13;2022-01-15
Glenn Youngkin;Youngkin;GVR;2022-01-15;
David Ige;Ige;GVR;2014-12-01;2022-12-05
Roy Cooper;;GVR;2017-01-01;2025-01-01
Bill de Blasio;de Blasio;MAY;2014-01-01;2021-12-31
Eric Adams;;MAY;2022-01-01;
Rahm Emanuel;;MAY;2011-05-16;2019-05-20
Eric Garcetti;Garcetti;MAY;2013-07-01;2022-12-12
Rudy Giuliani;Rudolph Giuliani|Giuliani;MAY;1994-01-01;2001-12-31
Robert Mueller;;MIN;2017-05-17;2019-05-29
John Bolton;;UNA;2005-08-01;2006-12-31
Jared Kushner;Kushner;MIN;2017-01-20;2021-01-20
Elon Musk;;MIN;2025-01-20;2025-05-30
Hillary Clinton;;PL;2015-04-12;2016-11-09;PTY
Ronna McDaniel;;PL;2017-01-19;2024-03-08;PTY
