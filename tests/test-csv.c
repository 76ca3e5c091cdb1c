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

/* A table of every kind of cell, in a language. */
static LivcSheet *
sample_sheet (LivcTable **table_out)
{
  LivcSheet *sheet = livc_sheet_new ();
  const char *ids[] = { "name", "when", "score", NULL };
  const char *headers[] = { "Naam", "Wanneer", "Score", NULL };
  LivcTable *table = livc_sheet_add_table (sheet, "Blad", ids, headers);

  livc_table_add_text (table, "=cmd|' /C calc'!A0");
  livc_table_add_date (table, "2026-11-21");
  livc_table_add_number (table, "62.5");
  livc_table_add_text (table, "Aalst; Gent");
  livc_table_add_date (table, "not a date");
  livc_table_add_number (table, "na");
  livc_table_add_text (table, "-2");
  livc_table_add_date (table, NULL);
  livc_table_add_number (table, "-2");
  *table_out = table;
  return sheet;
}

/* Cells keep their kind: dates count days from 1899-12-30, numbers are numbers, and what
 * is neither stays text. */
static void
test_table_cells (void **state)
{
  LivcTable *table;
  g_autoptr(LivcSheet) sheet = sample_sheet (&table);

  assert_ptr_equal (livc_sheet_get_table (sheet, 0), table);
  assert_int_equal (livc_table_get_n_rows (table), 3);
  assert_int_equal (livc_table_get_cell (table, 0, 1)->kind, LIVC_CELL_DATE);
  /* 2026-11-21 is day 46347 in every spreadsheet. */
  assert_true (livc_table_get_cell (table, 0, 1)->number == 46347);
  assert_int_equal (livc_table_get_cell (table, 0, 2)->kind, LIVC_CELL_NUMBER);
  assert_true (livc_table_get_cell (table, 0, 2)->number == 62.5);
  assert_int_equal (livc_table_get_cell (table, 1, 1)->kind, LIVC_CELL_TEXT);
  assert_int_equal (livc_table_get_cell (table, 1, 2)->kind, LIVC_CELL_TEXT);
  assert_int_equal (livc_table_get_cell (table, 2, 1)->kind, LIVC_CELL_EMPTY);
  assert_int_equal (livc_table_get_cell (table, 2, 2)->kind, LIVC_CELL_NUMBER);
  assert_int_equal (livc_table_get_width (table, 0), strlen ("=cmd|' /C calc'!A0"));
  assert_int_equal (livc_table_get_width (table, 1), strlen ("not a date"));
}

/* The default dialect is the contract; excel has ';', a byte-order mark and CRLF, and
 * quotes a cell that holds ';'. Formulas are neutralised in both. */
static void
test_dialects (void **state)
{
  LivcTable *table;
  g_autoptr(LivcSheet) sheet = sample_sheet (&table);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) excel = g_string_new (NULL);

  assert_int_equal (livc_sheet_get_n_tables (sheet), 1);
  livc_csv_write_table (plain, table, LIVC_CSV_DIALECT_DEFAULT);
  livc_csv_write_table (excel, table, LIVC_CSV_DIALECT_EXCEL);
  assert_string_equal (plain->str,
                       "name,when,score\n"
                       "\"'=cmd|' /C calc'!A0\",2026-11-21,62.5\n"
                       "Aalst; Gent,not a date,na\n"
                       "\"'-2\",,-2\n");
  assert_string_equal (excel->str,
                       "\xef\xbb\xbfname;when;score\r\n"
                       "\"'=cmd|' /C calc'!A0\";2026-11-21;62.5\r\n"
                       "\"Aalst; Gent\";not a date;na\r\n"
                       "\"'-2\";;-2\r\n");
}

/* The packages: an ODS starts with its stored mimetype, as ODF requires; an XLSX is a
 * zip; both name their sheet and neutralise formulas. */
static void
test_spreadsheet_packages (void **state)
{
  LivcTable *table;
  g_autoptr(LivcSheet) sheet = sample_sheet (&table);
  g_autoptr(GBytes) ods = NULL;
  g_autoptr(GBytes) xlsx = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize size;

  ods = livc_sheet_to_bytes (sheet, LIVC_SHEET_FORMAT_ODS, LIVC_CSV_DIALECT_DEFAULT, &error);
  assert_null (error);
  data = g_bytes_get_data (ods, &size);
  assert_true (size > 38 && memcmp (data, "PK\3\4", 4) == 0);
  /* Method 0 (stored), then the name and, with no extra field, the media type. */
  assert_int_equal (data[8] | data[9] << 8, 0);
  assert_int_equal (data[26] | data[27] << 8, strlen ("mimetype"));
  assert_int_equal (data[28] | data[29] << 8, 0);
  assert_memory_equal (data + 30, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 54);

  xlsx = livc_sheet_to_bytes (sheet, LIVC_SHEET_FORMAT_XLSX, LIVC_CSV_DIALECT_DEFAULT, &error);
  assert_null (error);
  data = g_bytes_get_data (xlsx, &size);
  assert_true (size > 4 && memcmp (data, "PK\3\4", 4) == 0);
}

/* The format follows the extension, whatever its case. */
static void
test_format_from_path (void **state)
{
  LivcSheetFormat format;

  assert_true (livc_sheet_format_from_path ("a.CSV", &format));
  assert_int_equal (format, LIVC_SHEET_FORMAT_CSV);
  assert_true (livc_sheet_format_from_path ("dir.x/a.Ods", &format));
  assert_int_equal (format, LIVC_SHEET_FORMAT_ODS);
  assert_true (livc_sheet_format_from_path ("a.xlsx", &format));
  assert_int_equal (format, LIVC_SHEET_FORMAT_XLSX);
  assert_false (livc_sheet_format_from_path ("a.xls", &format));
  assert_false (livc_sheet_format_from_path ("ods", &format));
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
    cmocka_unit_test (test_table_cells),
    cmocka_unit_test (test_dialects),
    cmocka_unit_test (test_spreadsheet_packages),
    cmocka_unit_test (test_format_from_path),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("csv", tests, NULL, NULL);
}
