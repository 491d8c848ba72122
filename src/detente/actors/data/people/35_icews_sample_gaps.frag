# Office holders the ICEWS sample of June 2018 names that the table lacked (issue 18): a deputy
# chief minister, state ministers, a state police chief, legislators, governors, an ambassador,
# an interior minister and a prosecutor; some long out of office (coded as former officials)
@IND
Dinesh Sharma;;deputy_chief_minister;2017-03-19;2022-03-25
Navjot Singh Sidhu;Navjot Sidhu;MIN;2017-03-16;2019-07-20
Buta Singh;;IM;1986-05-12;1989-12-02
Pawan Kumar Bansal;Pawan Bansal;TRN;2012-10-28;2013-05-10
Kumari Selja;Selja;LEGM;2014-04-10;2020-04-09;OPP
Bhupendra Yadav;;LEGM;2012-04-03;
Suresh Arora;;POL;2015-10-01;2019-02-07
@USA
Mac Thornberry;William McClellan Thornberry;LEGM;1995-01-03;2021-01-03
Sung Kim;Sung Y. Kim;AMB;2016-11-01;2020-10-01
@RUS
Vladimir Vladimirov;;GVR;2013-05-27;
@BDI
Pascal Barandagiye;Barandagiye;IM;2015-08-24;2020-06-28
@ARG
Alberto Nisman;Nisman;prosecutor;2004-09-01;2015-01-18;JUD
@NGA
Jolly Nyame;Jolly Tavoro Nyame;GVR;1999-05-29;2007-05-29
