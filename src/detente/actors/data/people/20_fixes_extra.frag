@DZA
Sifi Ghrieb;Ghrieb;HOG;2025-08-28;
@ARG
Domingo Cavallo;Cavallo;FM;1989-07-08;1991-01-31
Domingo Cavallo;Cavallo;FIN;1991-01-31;1996-07-26
@SYR
Anas Khattab;;IM;2025-03-29;
@PHL
Domingo Siazon;Domingo Siazon Jr.;FM;1995-05-01;2001-01-20
Blas Ople;;FM;2002-07-01;2003-12-14
Alberto Romulo;Alberto Rómulo;FM;2004-08-23;2011-02-24
@MEX
Fernando Solana;;FM;1988-12-01;1993-01-04
@UKR
Oleksandr Kuzmuk;Kuzmuk;DM;1996-07-11;2001-10-25;MIL
Volodymyr Shkidchenko;Shkidchenko;DM;2001-10-25;2003-06-20;MIL
Yevhen Marchuk;Marchuk;DM;2003-06-20;2004-09-23
Oleksandr Kuzmuk;Kuzmuk;DM;2004-09-23;2005-02-03;MIL
@KOR
Yoon Kwang-ung;;DM;2004-07-29;2006-11-23
Kim Jang-soo;;DM;2006-11-23;2008-02-29
Lee Sang-hee;;DM;2008-02-29;2009-09-21
Kim Tae-young;;DM;2009-09-21;2010-12-04
