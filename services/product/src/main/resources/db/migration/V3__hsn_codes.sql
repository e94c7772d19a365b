-- The HSN heading of each category (Customs Tariff / GST classification): what tax on its sales is charged by.
-- Almonds 0802 11/12, hazelnuts 0802 21/22, walnuts 0802 32 (shelled), pistachios 0802 51/52, macadamias 0802 61/62,
-- cashews 0801 32 (shelled), dates 0804 10, figs 0804 20, raisins 0806 20, apricots 0813 10, prunes 0813 20, mixtures of
-- nuts or dried fruits 0813 50, and edible seeds (pumpkin, sunflower, chia, flax) under 1207 (other oil seeds).
alter table category add column hsn varchar(8);
update category set hsn = case slug
    when 'almonds' then '0802'
    when 'hazelnuts' then '0802'
    when 'walnuts' then '080232'
    when 'pistachios' then '0802'
    when 'macadamias' then '0802'
    when 'cashews' then '080132'
    when 'dates' then '0804'
    when 'figs' then '0804'
    when 'raisins' then '080620'
    when 'apricots' then '0813'
    when 'prunes' then '0813'
    when 'mixes' then '0813'
    when 'seeds' then '1207'
end;
alter table category alter column hsn set not null;
alter table category add constraint category_hsn_digits check (hsn ~ '^[0-9]{4}([0-9]{2}){0,2}$');
