-- The shipped standards profiles. Values come from ../shared/domain-reference.md (public standards and trade
-- specifications); each row names its source, and "unverified" marks values from secondary sources. Administrators
-- correct or extend them with PUT /api/admin/quality/standards/{profile}; the active profile is configuration
-- (dryfruits.quality.standards-profile).
insert into standards_profile (name, title, updated_at) values
    ('FSSAI', 'India: FSS (Contaminants, Toxins and Residues) Regulations 2011 as amended, with trade moisture limits', now()),
    ('EU', 'European Union: Regulation (EU) 2023/915 (aflatoxins, ochratoxin A), with trade moisture limits', now()),
    ('CODEX', 'Codex Alimentarius: General Standard CXS 193-1995, with trade moisture limits', now());

create temporary table shipped_limit (
    profile varchar(20), category varchar(40), intended_use varchar(20), parameter varchar(20), max_value numeric,
    source varchar(500)
);

-- Aflatoxins, FSSAI: total 15 µg/kg for nuts (2020 amendment, in force 1 July 2021; a separate ready-to-eat value is
-- unverified, so the same value holds for both uses); dried figs 10 (2015 draft, unverified).
insert into shipped_limit
select 'FSSAI', c, u, 'aflatoxinTotal', 15,
       'FSS (Contaminants, Toxins and Residues) Amendment Regulations 2020, in force 1 Jul 2021: total aflatoxins in nuts'
from unnest(array['almonds', 'cashews', 'pistachios', 'walnuts', 'hazelnuts', 'macadamias']) c,
     unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u;
insert into shipped_limit
select 'FSSAI', 'figs', u, 'aflatoxinTotal', 10, 'FSSAI 2015 draft limit for dried figs (unverified)'
from unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u;

-- Aflatoxins, EU (Reg. 1881/2006 as amended by 165/2010, carried into Reg. 2023/915).
insert into shipped_limit (profile, category, intended_use, parameter, max_value, source)
select 'EU', c, u, p, v, 'Regulation (EU) 2023/915, Annex I (aflatoxins)' || s
from (values
    ('almonds', 'READY_TO_EAT', 'aflatoxinB1', 8, ''), ('almonds', 'READY_TO_EAT', 'aflatoxinTotal', 10, ''),
    ('almonds', 'FURTHER_PROCESSING', 'aflatoxinB1', 12, ''), ('almonds', 'FURTHER_PROCESSING', 'aflatoxinTotal', 15, ''),
    ('pistachios', 'READY_TO_EAT', 'aflatoxinB1', 8, ''), ('pistachios', 'READY_TO_EAT', 'aflatoxinTotal', 10, ''),
    ('pistachios', 'FURTHER_PROCESSING', 'aflatoxinB1', 12, ''), ('pistachios', 'FURTHER_PROCESSING', 'aflatoxinTotal', 15, ''),
    ('hazelnuts', 'READY_TO_EAT', 'aflatoxinB1', 5, ''), ('hazelnuts', 'READY_TO_EAT', 'aflatoxinTotal', 10, ''),
    ('hazelnuts', 'FURTHER_PROCESSING', 'aflatoxinB1', 8, ''), ('hazelnuts', 'FURTHER_PROCESSING', 'aflatoxinTotal', 15, ''),
    ('cashews', 'READY_TO_EAT', 'aflatoxinB1', 2, ''), ('cashews', 'READY_TO_EAT', 'aflatoxinTotal', 4, ''),
    ('cashews', 'FURTHER_PROCESSING', 'aflatoxinB1', 5, ' (partly unverified)'), ('cashews', 'FURTHER_PROCESSING', 'aflatoxinTotal', 10, ' (partly unverified)'),
    ('walnuts', 'READY_TO_EAT', 'aflatoxinB1', 2, ''), ('walnuts', 'READY_TO_EAT', 'aflatoxinTotal', 4, ''),
    ('walnuts', 'FURTHER_PROCESSING', 'aflatoxinB1', 5, ' (partly unverified)'), ('walnuts', 'FURTHER_PROCESSING', 'aflatoxinTotal', 10, ' (partly unverified)'),
    ('macadamias', 'READY_TO_EAT', 'aflatoxinB1', 2, ''), ('macadamias', 'READY_TO_EAT', 'aflatoxinTotal', 4, ''),
    ('macadamias', 'FURTHER_PROCESSING', 'aflatoxinB1', 5, ' (partly unverified)'), ('macadamias', 'FURTHER_PROCESSING', 'aflatoxinTotal', 10, ' (partly unverified)'),
    ('figs', 'READY_TO_EAT', 'aflatoxinB1', 6, ' (B1 unverified)'), ('figs', 'READY_TO_EAT', 'aflatoxinTotal', 10, ''),
    ('figs', 'FURTHER_PROCESSING', 'aflatoxinB1', 6, ' (B1 unverified; ready-to-eat value)'), ('figs', 'FURTHER_PROCESSING', 'aflatoxinTotal', 10, ' (ready-to-eat value)')
) as t(c, u, p, v, s);
insert into shipped_limit
select 'EU', c, u, p, v, 'Regulation (EU) 2023/915, Annex I (aflatoxins): dried fruit other than figs' || s
from unnest(array['raisins', 'dates', 'apricots', 'prunes']) c,
     (values ('READY_TO_EAT', 'aflatoxinB1', 2, ' (B1 unverified)'), ('READY_TO_EAT', 'aflatoxinTotal', 4, ''),
             ('FURTHER_PROCESSING', 'aflatoxinB1', 5, ' (B1 unverified)'), ('FURTHER_PROCESSING', 'aflatoxinTotal', 10, '')) as t(u, p, v, s);
-- Ochratoxin A (Reg. 2022/1370): raisins and dried figs 8.0 µg/kg, other dried fruit 2.0.
insert into shipped_limit
select 'EU', c, u, 'ochratoxinA', v, 'Regulation (EU) 2022/1370 (ochratoxin A in dried fruit)'
from (values ('raisins', 8.0), ('figs', 8.0), ('dates', 2.0), ('apricots', 2.0), ('prunes', 2.0)) as t(c, v),
     unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u;

-- Aflatoxins, Codex CXS 193 (total): almonds, hazelnuts, pistachios 10 ready to eat, 15 for further processing;
-- dried figs 10.
insert into shipped_limit
select 'CODEX', c, u, 'aflatoxinTotal', v, 'Codex CXS 193-1995, General Standard for Contaminants and Toxins (total aflatoxins)'
from unnest(array['almonds', 'hazelnuts', 'pistachios']) c,
     (values ('READY_TO_EAT', 10), ('FURTHER_PROCESSING', 15)) as t(u, v);
insert into shipped_limit
select 'CODEX', 'figs', u, 'aflatoxinTotal', 10, 'Codex CXS 193-1995 (dried figs, total aflatoxins)'
from unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u;

-- Moisture (trade and grade standards) and SO2 in dried apricots: the same in every profile.
insert into shipped_limit
select p, c, u, 'moisturePct', v, s
from unnest(array['FSSAI', 'EU', 'CODEX']) p,
     unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u,
     (values ('cashews', 5, 'Cashew kernel trade specifications (AFI / CEPCI style): moisture at most 5 %'),
             ('hazelnuts', 6.0, 'UNECE standard DDP-04, hazelnut kernels: moisture at most 6.0 %'),
             ('apricots', 20, 'FAO grade standard and Codex STAN 130-1981, dried apricots: moisture at most 20 %'),
             ('raisins', 15, 'WDRA / AGMARK raisin grades: General 15 % (Standard 14, Special 13)'),
             ('macadamias', 1.8, 'Industry table, premium raw macadamia kernel: moisture at most 1.8 %')) as t(c, v, s);
insert into shipped_limit
select p, 'apricots', u, 'so2', 2000, 'Sulphur dioxide in dried apricots at most 2000 mg/kg (domain reference; declared as sulphites above 10 mg/kg, EU 1169/2011)'
from unnest(array['FSSAI', 'EU', 'CODEX']) p,
     unnest(array['READY_TO_EAT', 'FURTHER_PROCESSING']) u;

insert into standard_limit (id, profile, category, intended_use, parameter, max_value, source)
select gen_random_uuid(), profile, category, intended_use, parameter, max_value, source from shipped_limit;

drop table shipped_limit;
