package io.cairn.core.chunking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChunkingProfilesTest {

	@Test
	void findsProfilesByNameIgnoringCase() {
		assertThat(ChunkingProfiles.of(" Medical ")).isSameAs(ChunkingProfiles.MEDICAL);
		assertThat(ChunkingProfiles.names()).containsExactly("general", "medical", "finance", "legal");
		assertThat(ChunkingProfiles.MEDICAL.targetTokens()).isLessThan(ChunkingProfiles.GENERAL.targetTokens());
		assertThat(ChunkingProfiles.FINANCE.tableTargetTokens()).isGreaterThan(ChunkingProfiles.GENERAL.targetTokens());
	}

	@Test
	void rejectsAnUnknownNameListingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChunkingProfiles.of("poetry"))
			.withMessageContaining("poetry")
			.withMessageContaining("general, medical, finance, legal");
	}

	@Test
	void medicalSectionsAreClinicalNoteHeadings() {
		ChunkingProfile medical = ChunkingProfiles.MEDICAL;
		assertThat(medical.startsSection("PHYSICAL EXAMINATION")).isTrue();
		assertThat(medical.startsSection("Physical Exam: alert, oriented")).isTrue();
		assertThat(medical.startsSection("History of Present Illness: 3 days of cough")).isTrue();
		assertThat(medical.startsSection("Discharge Diagnoses:")).isTrue();
		assertThat(medical.startsSection("Plan: follow up in 2 weeks")).isTrue();
		assertThat(medical.startsSection("Plan to follow up in 2 weeks")).isFalse();
		assertThat(medical.startsSection("Allergic reactions were rare.")).isFalse();
	}

	@Test
	void financeSectionsAreSecFilingItems() {
		ChunkingProfile finance = ChunkingProfiles.FINANCE;
		assertThat(finance.startsSection("Item 1A. Risk Factors")).isTrue();
		assertThat(finance.startsSection("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS")).isTrue();
		assertThat(finance.startsSection("Item 7 Management's Discussion and Analysis")).isTrue();
		assertThat(finance.startsSection("PART II")).isTrue();
		assertThat(finance.startsSection("Items sold in the quarter rose.")).isFalse();
		assertThat(finance.startsSection("Partners received distributions.")).isFalse();
	}

	@Test
	void legalSectionsAreNumberedClauses() {
		ChunkingProfile legal = ChunkingProfiles.LEGAL;
		assertThat(legal.startsSection("1. Definitions")).isTrue();
		assertThat(legal.startsSection("12.3 The Supplier shall deliver")).isTrue();
		assertThat(legal.startsSection("Section 4.2 Termination")).isTrue();
		assertThat(legal.startsSection("ARTICLE V")).isTrue();
		assertThat(legal.startsSection("§ 12 Haftung")).isTrue();
		assertThat(legal.startsSection("The parties agree as follows.")).isFalse();
		assertThat(legal.startsSection("2024 was a good year.")).isFalse();
	}

	@Test
	void rejectsAnOverlapAsLargeAsTheTarget() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ChunkingProfile("bad", 100, 100, java.util.List.of(), true, 100));
	}

}
