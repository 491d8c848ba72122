# United States: governors of the other states (2015-2025)
@USA
Robert Bentley;;GVR;2011-01-17;2017-04-10
Kay Ivey;;GVR;2017-04-10;
Bill Walker;;GVR;2014-12-01;2018-12-03
Mike Dunleavy;Dunleavy;GVR;2018-12-03;
Asa Hutchinson;;GVR;2015-01-13;2023-01-10
Sarah Huckabee Sanders;;GVR;2023-01-10;
John Hickenlooper;Hickenlooper;GVR;2011-01-11;2019-01-08
Jared Polis;Polis;GVR;2019-01-08;
Dannel Malloy;Dan Malloy;GVR;2011-01-05;2019-01-09
Ned Lamont;Lamont;GVR;2019-01-09;
Mike Pence;;GVR;2013-01-14;2017-01-09
Eric Holcomb;Holcomb;GVR;2017-01-09;2025-01-13
Mike Braun;;GVR;2025-01-13;
Terry Branstad;Branstad;GVR;2011-01-14;2017-05-24
Kim Reynolds;;GVR;2017-05-24;
Sam Brownback;Brownback;GVR;2011-01-10;2018-01-31
Laura Kelly;;GVR;2019-01-14;
Matt Bevin;Bevin;GVR;2015-12-08;2019-12-10
Andy Beshear;Beshear;GVR;2019-12-10;
John Bel Edwards;;GVR;2016-01-11;2024-01-08
Jeff Landry;;GVR;2024-01-08;
Mark Dayton;;GVR;2011-01-03;2019-01-07
Tim Walz;Walz;GVR;2019-01-07;
Phil Bryant;;GVR;2012-01-10;2020-01-14
Tate Reeves;;GVR;2020-01-14;
Eric Greitens;Greitens;GVR;2017-01-09;2018-06-01
Mike Parson;;GVR;2018-06-01;2025-01-13
Brian Sandoval;;GVR;2011-01-03;2019-01-07
Steve Sisolak;Sisolak;GVR;2019-01-07;2023-01-02
Joe Lombardo;;GVR;2023-01-02;
Susana Martinez;;GVR;2011-01-01;2019-01-01
Michelle Lujan Grisham;Lujan Grisham;GVR;2019-01-01;
Mary Fallin;Fallin;GVR;2011-01-10;2019-01-14
Kevin Stitt;Stitt;GVR;2019-01-14;
Kate Brown;;GVR;2015-02-18;2023-01-09
Tina Kotek;Kotek;GVR;2023-01-09;
Nikki Haley;;GVR;2011-01-12;2017-01-24
Henry McMaster;;GVR;2017-01-24;
Bill Haslam;Haslam;GVR;2011-01-15;2019-01-19
Bill Lee;;GVR;2019-01-19;
Gary Herbert;;GVR;2009-08-11;2021-01-04
Spencer Cox;;GVR;2021-01-04;
Scott Walker;;GVR;2011-01-03;2019-01-07
Tony Evers;Evers;GVR;2019-01-07;
Jim Justice;;GVR;2017-01-16;2025-01-13
Patrick Morrisey;Morrisey;GVR;2025-01-13;
Pete Ricketts;;GVR;2015-01-08;2023-01-05
Doug Burgum;;GVR;2016-12-15;2024-12-15
Kristi Noem;;GVR;2019-01-05;2025-01-25
Dennis Daugaard;Daugaard;GVR;2011-01-08;2019-01-05
Ricardo Rosselló;Ricardo Rossello|Rosselló|Rossello;GVR;2017-01-02;2019-08-02
Phil Scott;;GVR;2017-01-05;
Chris Sununu;Sununu;GVR;2017-01-05;2025-01-09
Janet Mills;;GVR;2019-01-02;
Paul LePage;LePage;GVR;2011-01-05;2019-01-02
Gina Raimondo;;GVR;2015-01-06;2021-03-02
John Carney;;GVR;2017-01-17;2025-01-21
Brad Little;;GVR;2019-01-07;
Mark Gordon;;GVR;2019-01-07;
Greg Gianforte;Gianforte;GVR;2021-01-04;
Steve Bullock;;GVR;2013-01-07;2021-01-04
Jim Pillen;Pillen;GVR;2023-01-05;
Josh Green;;GVR;2022-12-05;
