/* test-nis.c: the province and region of real Belgian NIS codes, Brabant's split by its
 * second digit, and codes that are not municipalities'.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-test.h"

typedef struct
{
  const char  *nis;
  const char  *town; /* for the reader */
  LivcProvince province;
  LivcRegion   region;
} Case;

static const Case cases[] = {
  { "11002", "Antwerpen", LIVC_PROVINCE_ANTWERPEN, LIVC_REGION_FLANDERS },
  { "13040", "Turnhout", LIVC_PROVINCE_ANTWERPEN, LIVC_REGION_FLANDERS },
  { "21004", "Brussel / Bruxelles", LIVC_PROVINCE_NONE, LIVC_REGION_BRUSSELS },
  { "21012", "Sint-Jans-Molenbeek", LIVC_PROVINCE_NONE, LIVC_REGION_BRUSSELS },
  { "23088", "Vilvoorde", LIVC_PROVINCE_VLAAMS_BRABANT, LIVC_REGION_FLANDERS },
  { "24062", "Leuven", LIVC_PROVINCE_VLAAMS_BRABANT, LIVC_REGION_FLANDERS },
  { "25072", "Ottignies-Louvain-la-Neuve", LIVC_PROVINCE_BRABANT_WALLON, LIVC_REGION_WALLONIA },
  { "31005", "Brugge", LIVC_PROVINCE_WEST_VLAANDEREN, LIVC_REGION_FLANDERS },
  { "44021", "Gent", LIVC_PROVINCE_OOST_VLAANDEREN, LIVC_REGION_FLANDERS },
  { "41002", "Aalst", LIVC_PROVINCE_OOST_VLAANDEREN, LIVC_REGION_FLANDERS },
  { "52011", "Charleroi", LIVC_PROVINCE_HAINAUT, LIVC_REGION_WALLONIA },
  { "62063", "Liège", LIVC_PROVINCE_LIEGE, LIVC_REGION_WALLONIA },
  { "63023", "Eupen", LIVC_PROVINCE_LIEGE, LIVC_REGION_WALLONIA },
  { "71016", "Genk", LIVC_PROVINCE_LIMBURG, LIVC_REGION_FLANDERS },
  { "82003", "Bastogne", LIVC_PROVINCE_LUXEMBOURG, LIVC_REGION_WALLONIA },
  { "92094", "Namur", LIVC_PROVINCE_NAMUR, LIVC_REGION_WALLONIA },
};

static void
test_known_codes (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];

      assert_true (livc_nis_is_valid (c->nis));
      if (livc_nis_get_province (c->nis) != c->province ||
          livc_nis_get_region (c->nis) != c->region)
        fail_msg ("%s (%s): province %d region %d", c->nis, c->town,
                  livc_nis_get_province (c->nis), livc_nis_get_region (c->nis));
    }
}

/* Not municipalities: empty, too short or long, letters, region codes (0…), and Brabant
 * codes that are neither Brussels, Vlaams- nor Waals-Brabant. */
static void
test_invalid_codes (void **state)
{
  const char *bad[] = { "", "1100", "110022", "1100a", "04000", "02000", "22001", " 11002" };

  assert_int_equal (livc_nis_get_province (NULL), LIVC_PROVINCE_UNKNOWN);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assert_int_equal (livc_nis_get_province (bad[i]), LIVC_PROVINCE_UNKNOWN);
      assert_int_equal (livc_nis_get_region (bad[i]), LIVC_REGION_UNKNOWN);
    }
  assert_false (livc_nis_is_valid ("04000"));
}

/* Official names in each language; Dutch for any other language. */
static void
test_names (void **state)
{
  assert_string_equal (livc_province_get_name (LIVC_PROVINCE_LIEGE, "nl"), "Luik");
  assert_string_equal (livc_province_get_name (LIVC_PROVINCE_LIEGE, "fr"), "Liège");
  assert_string_equal (livc_province_get_name (LIVC_PROVINCE_OOST_VLAANDEREN, "en"),
                       "East Flanders");
  assert_string_equal (livc_province_get_name (LIVC_PROVINCE_BRABANT_WALLON, "de"),
                       "Waals-Brabant");
  assert_string_equal (livc_region_get_name (LIVC_REGION_WALLONIA, "nl"), "Wallonië");
  assert_string_equal (livc_region_get_name (LIVC_REGION_BRUSSELS, "fr"), "Bruxelles");
  assert_string_equal (livc_region_get_name (LIVC_REGION_FLANDERS, "en"), "Flanders");
  assert_string_equal (livc_province_get_name (LIVC_PROVINCE_NONE, "nl"), "—");
  for (guint p = 0; p < LIVC_N_PROVINCES; p++)
    {
      LivcRegion r = livc_province_get_region ((LivcProvince) p);

      assert_true (p <= LIVC_PROVINCE_NONE
                     ? r != LIVC_REGION_UNKNOWN || p == LIVC_PROVINCE_UNKNOWN
                     : r == LIVC_REGION_FLANDERS || r == LIVC_REGION_WALLONIA);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_known_codes),
    cmocka_unit_test (test_invalid_codes),
    cmocka_unit_test (test_names),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
