package eu.od4growth.catalog.vocabulary;

import java.io.Serializable;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One concept of a controlled vocabulary: the code the API takes, the URI the DCAT-AP export writes. */
@Entity
@Immutable
@Table(name = "vocabulary_term")
@IdClass(VocabularyTerm.Key.class)
class VocabularyTerm {

    @Id
    String vocabulary;
    @Id
    String code;
    String uri;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> label;
    int position;
    @Column(name = "machine_readable")
    Boolean machineReadable;
    @Column(name = "non_proprietary")
    Boolean nonProprietary;
    @Column(name = "open_licence")
    Boolean openLicence;
    @Column(name = "media_type")
    String mediaType;

    /** The composite key. */
    record Key(String vocabulary, String code) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
