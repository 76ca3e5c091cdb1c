/* test-types.c: value encodings, identifiers, dates, rounding, versions, text lookup.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static void
test_value_parse (void **state)
{
  int v = 0;

  assert_true (livc_value_parse ("3", &v));
  assert_int_equal (v, 3);
  assert_true (livc_value_parse ("-2", &v));
  assert_int_equal (v, -2);
  assert_true (livc_value_parse ("na", &v));
  assert_int_equal (v, LIVC_VALUE_NA);
  assert_true (livc_value_parse ("unknown", &v));
  assert_int_equal (v, LIVC_VALUE_UNKNOWN);
  assert_false (livc_value_parse ("", &v));
  assert_false (livc_value_parse ("3.5", &v));
  assert_false (livc_value_parse (" 3", &v));
  assert_false (livc_value_parse ("+3", &v));
  assert_false (livc_value_parse ("NA", &v));
  assert_false (livc_value_parse ("-", &v));
  assert_false (livc_value_parse ("99999999999999999999", &v));
  assert_false (livc_value_parse (NULL, &v));
}

static void
test_identifiers (void **state)
{
  g_autofree char *max = g_strnfill (64, 'a');
  g_autofree char *over = g_strnfill (65, 'a');

  assert_true (livc_id_is_valid ("protocol.founded"));
  assert_true (livc_id_is_valid ("0a_b-c.d"));
  assert_true (livc_id_is_valid (max));
  assert_false (livc_id_is_valid (over));
  assert_false (livc_id_is_valid (""));
  assert_false (livc_id_is_valid ("Protocol"));
  assert_false (livc_id_is_valid (".a"));
  assert_false (livc_id_is_valid ("-a"));
  assert_false (livc_id_is_valid ("a b"));
  assert_false (livc_id_is_valid ("é"));
}

static void
test_dates (void **state)
{
  assert_true (livc_date_is_valid ("2026-11-21"));
  assert_true (livc_date_is_valid ("2024-02-29"));
  assert_false (livc_date_is_valid ("2026-02-29"));
  assert_false (livc_date_is_valid ("2026-02-30"));
  assert_false (livc_date_is_valid ("2026-13-01"));
  assert_false (livc_date_is_valid ("2026-00-10"));
  assert_false (livc_date_is_valid ("21/11/2026"));
  assert_false (livc_date_is_valid ("2026-1-1"));
  assert_false (livc_date_is_valid ("2026-11-21T10:00"));
  assert_false (livc_date_is_valid (""));
}

static void
expect_date (const char *typed,
             const char *iso)
{
  g_autofree char *parsed = livc_date_parse (typed);

  if (iso == NULL)
    assert_null (parsed);
  else
    assert_string_equal (parsed, iso);
}

/* Dates as people type them: ISO, and day first the way Belgians write them. */
static void
test_date_parse (void **state)
{
  expect_date ("2026-11-22", "2026-11-22");
  expect_date ("22/11/2026", "2026-11-22");
  expect_date ("22-11-2026", "2026-11-22");
  expect_date ("22.11.2026", "2026-11-22");
  expect_date (" 31/03/2027 ", "2027-03-31");
  expect_date ("2/3/2027", "2027-03-02");
  expect_date ("2027-3-2", "2027-03-02");
  expect_date ("29.02.2024", "2024-02-29");
  expect_date ("31/03/2027", "2027-03-31");
  expect_date ("1/4/2027", "2027-04-01");
  expect_date ("31.03.2027", "2027-03-31");
  expect_date ("1.4.2027", "2027-04-01");
  /* Day and month with a dash, whatever their number of digits: never read as ISO. */
  expect_date ("27-3-2027", "2027-03-27");
  expect_date ("1-12-2027", "2027-12-01");
  expect_date ("31-12-2027", "2027-12-31");
  expect_date ("2027-12-31", "2027-12-31");
  expect_date ("2028-02-29", "2028-02-29");
  expect_date ("31/02/2027", NULL);
  expect_date ("2027-13-01", NULL);
  expect_date ("2027-02-29", NULL);
  expect_date ("2027-1-32", NULL);
  expect_date ("31/3/27", NULL);
  expect_date ("31/03/2027/", NULL);
  expect_date ("31.03-2027", NULL);
  expect_date ("2027.03.31", NULL);
  expect_date ("   ", NULL);
  expect_date ("29/02/2026", NULL);
  expect_date ("31/04/2026", NULL);
  expect_date ("22/13/2026", NULL);
  expect_date ("0/11/2026", NULL);
  expect_date ("22/11/26", NULL);
  expect_date ("22/11-2026", NULL);
  expect_date ("2026/11/22", NULL);
  expect_date ("2026-11-22T10:00", NULL);
  expect_date ("22 11 2026", NULL);
  expect_date ("123/11/2026", NULL);
  expect_date ("tomorrow", NULL);
  expect_date ("", NULL);
  expect_date (NULL, NULL);
}

static void
expect_format (double      value,
               guint       decimals,
               const char *expected)
{
  g_autofree char *s = livc_format_decimal (value, decimals);
  assert_string_equal (s, expected);
}

/* Half away from zero, as the format prescribes, not to even as printf does. */
static void
test_rounding (void **state)
{
  expect_format (62.5, 0, "63");
  expect_format (61.5, 0, "62");
  expect_format (6.25, 1, "6.3");
  expect_format (6.35, 1, "6.4");
  expect_format (0.05, 1, "0.1");
  expect_format (-0.05, 1, "-0.1");
  expect_format (-62.5, 0, "-63");
  expect_format (58.333333, 1, "58.3");
  expect_format (100.0, 1, "100.0");
  expect_format (0.0, 1, "0.0");
  expect_format (-0.01, 1, "0.0");
  /* 100 * 7 / 16 is 43.75 exactly; 100 * 0.4375 may be computed a hair below it. */
  expect_format (100.0 * 7 / 16, 1, "43.8");
  expect_format (1.005, 2, "1.01");
}

static void
test_versions (void **state)
{
  assert_int_equal (livc_version_compare ("2026.1", "2026.1"), 0);
  assert_true (livc_version_compare ("2026.2", "2026.10") < 0);
  assert_true (livc_version_compare ("2027.1", "2026.9") > 0);
  assert_true (livc_version_compare ("1.0", "1.0.1") < 0);
  assert_true (livc_version_compare ("1.01", "1.1") == 0);
  assert_true (livc_version_compare ("1.a", "1.b") < 0);
}

/* Lookup order: the language, the source language, English, the first present. */
static void
test_text_lookup (void **state)
{
  g_autoptr(LivcText) text = livc_text_new ();

  assert_null (livc_text_lookup (text, "nl", "nl"));
  livc_text_set (text, "de", "Deutsch");
  assert_string_equal (livc_text_lookup (text, "nl", "fr"), "Deutsch");
  livc_text_set (text, "en", "English");
  assert_string_equal (livc_text_lookup (text, "nl", "fr"), "English");
  livc_text_set (text, "fr", "Français");
  assert_string_equal (livc_text_lookup (text, "nl", "fr"), "Français");
  livc_text_set (text, "nl", "Nederlands");
  assert_string_equal (livc_text_lookup (text, "nl", "fr"), "Nederlands");
  assert_string_equal (livc_text_lookup (text, "it", NULL), "English");
  assert_int_equal (livc_text_get_n_langs (text), 4);
  assert_string_equal (livc_text_get_lang (text, 0), "de");
}

/* What no file or report could hold becomes U+FFFD; everything else stays as typed. */
static void
test_text_sanitize (void **state)
{
  struct { const char *in; const char *out; } cases[] = {
    { "Besluit van 14.01.2025\n\tzie bijlage\r\n", "Besluit van 14.01.2025\n\tzie bijlage\r\n" },
    { "CLB \xe2\x80\x94 CAW \xf0\x9f\x98\x80", "CLB \xe2\x80\x94 CAW \xf0\x9f\x98\x80" },
    { "bell\x07 escape\x1b[31m", "bell\xef\xbf\xbd escape\xef\xbf\xbd[31m" },
    { "\xef\xbf\xbe \xef\xb7\x90 \xf4\x8f\xbf\xbf", "\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd" },
    { "latin-1 caf\xe9", "latin-1 caf\xef\xbf\xbd" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = livc_text_sanitize (cases[i].in);
      assert_string_equal (out, cases[i].out);
      assert_true (g_utf8_validate (out, -1, NULL));
    }
  assert_null (livc_text_sanitize (NULL));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_value_parse),
    cmocka_unit_test (test_identifiers),
    cmocka_unit_test (test_dates),
    cmocka_unit_test (test_date_parse),
    cmocka_unit_test (test_rounding),
    cmocka_unit_test (test_versions),
    cmocka_unit_test (test_text_lookup),
    cmocka_unit_test (test_text_sanitize),
  };

  return cmocka_run_group_tests_name ("types", tests, NULL, NULL);
}
