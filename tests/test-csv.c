/* test-csv.c: CSV cells: text that a spreadsheet would run as a formula is neutralised,
 * numbers the app writes stay numbers, and numbers are written exactly.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "livc-bidi-check.h"
#include "livc-test.h"

static char *
field (const char *text)
{
  GString *out = g_string_new (NULL);

  livc_csv_append_field (out, text);
  return g_string_free (out, FALSE);
}

/* OWASP's rule: a text cell starting with =, +, -, @, tab or CR gets a leading quote and
 * is quoted; anything else is written as RFC 4180 says. */
static void
test_formulas_are_neutralised (void **state)
{
  const struct
  {
    const char *text;
    const char *cell;
  } cases[] = {
    { "=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"" },
    { "=HYPERLINK(\"http://x.invalid\",\"click\")",
      "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\"" },
    { "+31 2", "\"'+31 2\"" },
    { "-2+3", "\"'-2+3\"" },
    { "@SUM(A1)", "\"'@SUM(A1)\"" },
    { "\t=1", "\"'\t=1\"" },
    { "\r=1", "\"'\r=1\"" },
    { "=", "\"'=\"" },
    { "a = b", "a = b" },
    { " =1", " =1" },
    { "Aalst, Gent", "\"Aalst, Gent\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "", "" },
    { "'=already", "'=already" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = field (cases[i].text);

      if (strcmp (cell, cases[i].cell) != 0)
        fail_msg ("“%s” became «%s», not «%s»", cases[i].text, cell, cases[i].cell);
    }
}

/* Numbers the app computed are written as they are: a negative level stays a number. */
/* A cell with bidirectional controls cannot reorder the cells after it: each is isolated,
 * and cells without them are written as they are. */
static void
test_bidi_cells_are_isolated (void **state)
{
  const char *texts[] = {
    "Gent\u202E",                          /* an override left open */
    "\u202EdroN",                          /* at the start */
    "Sint-\u202Bخالد\u202C-Niklaas",      /* an embedding, closed */
    "\u2067Anna\u202Eopen",               /* an isolate and an override, both open */
    "\u2069\u202Cstray closers",           /* closers that close nothing */
    "=cmd\u202E|calc",                     /* a formula as well */
    "two\nlines\u202E, with a comma",     /* a line break and a separator */
    "Lier \u2066(Antwerpen)\u2069",        /* a paired isolate */
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GString) row = g_string_new (NULL);
      const char *fields[] = { texts[i], "2026-01-01", "12.5", NULL };
      const char *date;

      livc_csv_append_row (row, fields, 1u << 2);
      if (!livc_test_bidi_closed (row->str))
        fail_msg ("“%s” leaves a control open in «%s»", texts[i], row->str);
      /* The cells after it are there as they were, after the isolated cell. */
      date = strstr (row->str, "\u2069,2026-01-01,12.5\n");
      if (date == NULL)
        date = strstr (row->str, "\u2069\",2026-01-01,12.5\n");
      if (date == NULL)
        fail_msg ("“%s” did not end in an isolate before the next cell: «%s»", texts[i], row->str);
      if (g_str_has_prefix (texts[i], "="))
        assert_true (g_str_has_prefix (row->str, "\"'\u2068="));
    }
  {
    g_autofree char *plain = field ("Gent");
    g_autofree char *arabic = field ("خالد");

    assert_string_equal (plain, "Gent");
    assert_string_equal (arabic, "خالد");
  }
}

static void
test_numbers_stay_numbers (void **state)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *row[] = { "-Minus", "-2", "0.5", "=x", "-1", NULL };

  livc_csv_append_row (out, row, (1u << 1) | (1u << 2) | (1u << 4));
  assert_string_equal (out->str, "\"'-Minus\",-2,0.5,\"'=x\",-1\n");
}

/* The shortest decimal that reads back as the same double, in every locale. */
static void
test_exact_numbers (void **state)
{
  const struct
  {
    double      value;
    const char *text;
  } cases[] = {
    { 0.001, "0.001" }, { 0.125, "0.125" }, { 1, "1" }, { 2, "2" }, { 0.5, "0.5" },
    { 0.1, "0.1" }, { 1000000, "1000000" }, { 1e-7, "0.0000001" }, { -2.5, "-2.5" },
    { 0, "0" }, { -0.0, "0" }, { 1.0 / 3, "0.3333333333333333" }, { 123.456, "123.456" },
  };
  const char *locales[] = { "C.UTF-8", "nl_BE.UTF-8", "fr_BE.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      if (setlocale (LC_ALL, locales[l]) == NULL)
        {
          print_message ("# %s is not generated here; build-aux/dev.sh generates it\n", locales[l]);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *text = livc_csv_format_number (cases[i].value);

          if (strcmp (text, cases[i].text) != 0)
            fail_msg ("%s: %.17g became “%s”, not “%s”", locales[l], cases[i].value, text,
                      cases[i].text);
        }
      /* Any double reads back the same, also tiny and huge ones. */
      for (double v = 1e-300; v < 1e300; v *= 7.3)
        {
          g_autofree char *text = livc_csv_format_number (v);

          assert_true (g_ascii_strtod (text, NULL) == v);
          assert_null (strchr (text, ','));
        }
    }
  setlocale (LC_ALL, saved);
}

/* export-csv: exact weights, neutralised texts, in the columns of the contract. */
static void
test_export_rows (void **state)
{
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autofree char *qxml = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcMunicipality) m = livc_municipality_new (NULL, "=1+1");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  LivcAnswer *answer;

  assert_true (g_file_get_contents (qpath, &qxml, NULL, NULL));
  edited = g_string_new (qxml);
  g_string_replace (edited, "<item id=\"a2\" scale=\"five\">",
                    "<item id=\"a2\" scale=\"five\" weight=\"0.125\">", 1);
  g_string_replace (edited, "weight=\"2\" basis=\"legal\"", "weight=\"0.001\" basis=\"legal\"", 1);
  bytes = g_bytes_new (edited->str, edited->len);
  q = livc_load_questionnaire_bytes (bytes, "q.xml", NULL, &error);
  assert_null (error);

  livc_assessment_add_municipality (a, m);
  livc_assessment_set_date (a, "2026-11-21");
  answer = livc_assessment_ensure_answer (a, "a1");
  livc_answer_set_value (answer, 3);
  livc_answer_set_note (answer, "@cmd");
  livc_answer_set_value (livc_assessment_ensure_answer (a, "a2"), 2);
  livc_csv_write_export_header (out);
  livc_csv_write_export (out, "f.csv", a, q);
  assert_string_equal (out->str,
                       "file,municipality,date,domain,item,basis,weight,value,participant,note\n"
                       "f.csv,\"'=1+1\",2026-11-21,a,a1,legal,0.001,3,,\"'@cmd\"\n"
                       "f.csv,\"'=1+1\",2026-11-21,a,a2,practice,0.125,2,,\n");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_formulas_are_neutralised),
    cmocka_unit_test (test_bidi_cells_are_isolated),
    cmocka_unit_test (test_numbers_stay_numbers),
    cmocka_unit_test (test_exact_numbers),
    cmocka_unit_test (test_export_rows),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("csv", tests, NULL, NULL);
}
