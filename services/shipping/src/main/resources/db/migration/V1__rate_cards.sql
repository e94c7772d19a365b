-- Dated shipping rate cards: a card is in force from its date until the next card's; cards are never changed.
CREATE TABLE rate_card (
    id                  uuid PRIMARY KEY,
    effective_from      date NOT NULL UNIQUE,
    slab_grams          integer NOT NULL CHECK (slab_grams > 0),
    volumetric_divisor  integer NOT NULL CHECK (volumetric_divisor > 0),
    cod_flat_paise      bigint NOT NULL CHECK (cod_flat_paise >= 0),
    cod_basis_points    integer NOT NULL CHECK (cod_basis_points BETWEEN 0 AND 10000),
    metro_cities        text NOT NULL,
    special_states      text NOT NULL,
    cod_excluded_states text NOT NULL,
    source              text NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid
);

CREATE TABLE rate_card_zone (
    rate_card_id          uuid NOT NULL REFERENCES rate_card (id),
    zone                  char(1) NOT NULL CHECK (zone IN ('A', 'B', 'C', 'D', 'E')),
    first_slab_paise      bigint NOT NULL CHECK (first_slab_paise > 0),
    additional_slab_paise bigint NOT NULL CHECK (additional_slab_paise >= 0),
    transit_days          integer NOT NULL CHECK (transit_days BETWEEN 1 AND 60),
    PRIMARY KEY (rate_card_id, zone)
);

-- The platform's first card, from the start of financial year 2025-26: surface rates per 500 g slab in the shape of
-- an Indian aggregator's zone card (Shiprocket's zones A-E), billed weight = max(actual, L x B x H / 5000),
-- cash on delivery max(Rs 36, 2.5 %), transit days from a published surface SLA (3/3/5/7/9). Special zone E:
-- the North-East (11-18), Jammu and Kashmir (01), Ladakh (38), Himachal Pradesh (02), Kerala (32), Lakshadweep (31),
-- Andaman and Nicobar (35). No cash on delivery to the islands (31, 35): our choice, couriers rarely collect there.
INSERT INTO rate_card (id, effective_from, slab_grams, volumetric_divisor, cod_flat_paise, cod_basis_points,
                       metro_cities, special_states, cod_excluded_states, source, created_at)
VALUES ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', DATE '2025-04-01', 500, 5000, 3600, 250,
        'Ahmedabad,Bengaluru,Chennai,Delhi,Hyderabad,Kolkata,Mumbai,Pune',
        '01,02,11,12,13,14,15,16,17,18,31,32,35,38', '31,35',
        'Platform rate card FY 2025-26: zones as Shiprocket support defines them; slabs and volumetric divisor as'
            || ' Amazon Easy Ship and Flipkart bill; COD max(Rs 36, 2.5 %) (Shiprocket); transit days: Printrove'
            || ' surface SLA (docs/domain: ../shared/domain-commerce.md section 4)',
        TIMESTAMPTZ '2025-04-01 00:00:00+05:30');

INSERT INTO rate_card_zone (rate_card_id, zone, first_slab_paise, additional_slab_paise, transit_days) VALUES
    ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', 'A', 3000, 2800, 3),
    ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', 'B', 3500, 3200, 3),
    ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', 'C', 4500, 4200, 5),
    ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', 'D', 5000, 4700, 7),
    ('5b0e7a52-3f6c-4d1e-9a57-2f1e0c8d4a01', 'E', 6500, 6200, 9);
