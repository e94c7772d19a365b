package dev.dryfruits.order.orders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Invoice numbers: one series per seller GSTIN and financial year (April to March), as CGST rule 46(b) asks: a
 * consecutive serial unique in the year, at most 16 characters of letters, digits, hyphen and slash. The format is
 * {@code DF/2627/000042} (the platform's prefix, the year, the serial). The series row is taken with an upsert, so
 * two confirmations for one seller, on any replicas, get consecutive numbers and never the same one.
 */
@ApplicationScoped
public class Invoices {

    static final String PREFIX = "DF";

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String gstin, LocalDate date) {
        String year = financialYear(date);
        Number serial = (Number) em.createNativeQuery("insert into invoice_series (gstin, financial_year, last_number)"
                        + " values (?1, ?2, 1) on conflict (gstin, financial_year) do update set last_number ="
                        + " invoice_series.last_number + 1 returning last_number")
                .setParameter(1, gstin).setParameter(2, year).getSingleResult();
        return String.format("%s/%s/%06d", PREFIX, year, serial.intValue());
    }

    /** 2026-12-04 is in financial year 2026-27: "2627". */
    static String financialYear(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%02d%02d", start % 100, (start + 1) % 100);
    }
}
