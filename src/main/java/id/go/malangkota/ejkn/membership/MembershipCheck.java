package id.go.malangkota.ejkn.membership;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of a membership check ({@code GET /api/membership}). The first four fields are the contract
 * (CONTRACT.md); the rest help the officer: Indonesian wording, the FKTP's name, the class, and which application
 * to start, according to the {@code jkn-eligibility} table.
 *
 * @param status ACTIVE | INACTIVE | NOT_REGISTERED
 * @param segment PBI_APBN | PBI_APBD | PPU | PBPU | BP | NONE
 * @param cardNumber the KIS card number (13 digits), null when not registered
 * @param fktp the FKTP's BPJS code ({@code kdProvider}), null when not registered
 * @param suggestedApplication NEW | SWITCH_FROM_MANDIRI | URGENT_REACTIVATION | NONE
 * @param birthDateMatchesBpjs false when BPJS records another birth date than the one given (data to correct)
 * @param checkId the audit record of this check
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MembershipCheck(
    String status,
    String segment,
    String cardNumber,
    String fktp,
    String statusText,
    String segmentText,
    String name,
    String fktpName,
    String careClass,
    String suggestedApplication,
    String suggestedApplicationText,
    String advice,
    Boolean birthDateMatchesBpjs,
    String checkId) {}
