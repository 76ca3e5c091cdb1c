/* test-authoring.c: questionnaires out to an authoring spreadsheet (ODS, XLSX) and back:
 * the same content, the same XML on a second round, and the limits of the XLSX writer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static void
assert_text_equal (const LivcText *a,
                   const LivcText *b)
{
  guint n = a ? livc_text_get_n_langs (a) : 0;

  assert_int_equal (n, b ? livc_text_get_n_langs (b) : 0);
  for (guint i = 0; i < n; i++)
    {
      const char *lang = livc_text_get_lang (a, i);

      assert_string_equal (livc_text_get_exact (a, lang), livc_text_get_exact (b, lang));
    }
}

#define N_ITEMS(model) g_list_model_get_n_items (model)

static void
assert_domains_equal (LivcDomain *a,
                      LivcDomain *b)
{
  GListModel *ra = livc_domain_get_recommendations (a);
  GListModel *rb = livc_domain_get_recommendations (b);

  assert_string_equal (livc_domain_get_id (a), livc_domain_get_id (b));
  assert_double_equal (livc_domain_get_weight (a), livc_domain_get_weight (b));
  assert_text_equal (livc_domain_get_title (a), livc_domain_get_title (b));
  assert_text_equal (livc_domain_get_description (a), livc_domain_get_description (b));
  assert_int_equal (N_ITEMS (livc_domain_get_items (a)), N_ITEMS (livc_domain_get_items (b)));
  assert_int_equal (N_ITEMS (ra), N_ITEMS (rb));
  for (guint r = 0; r < N_ITEMS (ra); r++)
    {
      g_autoptr(LivcRecommendation) x = g_list_model_get_item (ra, r);
      g_autoptr(LivcRecommendation) y = g_list_model_get_item (rb, r);

      assert_int_equal (livc_recommendation_get_kind (x), livc_recommendation_get_kind (y));
      assert_double_equal (livc_recommendation_get_min (x), livc_recommendation_get_min (y));
      assert_double_equal (livc_recommendation_get_max (x), livc_recommendation_get_max (y));
      assert_double_equal (livc_recommendation_get_below (x),
                           livc_recommendation_get_below (y));
      assert_true (g_strcmp0 (livc_recommendation_get_item_id (x),
                              livc_recommendation_get_item_id (y)) == 0);
      assert_text_equal (livc_recommendation_get_text (x), livc_recommendation_get_text (y));
    }
}

/* Everything the model holds, compared field by field. */
static void
assert_questionnaires_equal (LivcQuestionnaire *a,
                             LivcQuestionnaire *b)
{
  GListModel *sa = livc_questionnaire_get_scales (a), *sb = livc_questionnaire_get_scales (b);
  GListModel *ta = livc_questionnaire_get_stages (a), *tb = livc_questionnaire_get_stages (b);
  GListModel *da = livc_questionnaire_get_domains (a), *db = livc_questionnaire_get_domains (b);

  assert_string_equal (livc_questionnaire_get_id (a), livc_questionnaire_get_id (b));
  assert_string_equal (livc_questionnaire_get_version (a), livc_questionnaire_get_version (b));
  assert_true (g_strcmp0 (livc_questionnaire_get_source_lang (a),
                          livc_questionnaire_get_source_lang (b)) == 0);
  assert_text_equal (livc_questionnaire_get_title (a), livc_questionnaire_get_title (b));
  assert_text_equal (livc_questionnaire_get_description (a),
                     livc_questionnaire_get_description (b));
  assert_int_equal (N_ITEMS (sa), N_ITEMS (sb));
  for (guint s = 0; s < N_ITEMS (sa); s++)
    {
      g_autoptr(LivcScale) x = g_list_model_get_item (sa, s);
      g_autoptr(LivcScale) y = g_list_model_get_item (sb, s);

      assert_string_equal (livc_scale_get_id (x), livc_scale_get_id (y));
      assert_int_equal (livc_scale_get_n_levels (x), livc_scale_get_n_levels (y));
      for (guint l = 0; l < livc_scale_get_n_levels (x); l++)
        {
          assert_int_equal (livc_scale_get_level (x, l)->value,
                            livc_scale_get_level (y, l)->value);
          assert_text_equal (livc_scale_get_level (x, l)->label,
                             livc_scale_get_level (y, l)->label);
          assert_text_equal (livc_scale_get_level (x, l)->description,
                             livc_scale_get_level (y, l)->description);
        }
    }
  assert_int_equal (N_ITEMS (ta), N_ITEMS (tb));
  for (guint s = 0; s < N_ITEMS (ta); s++)
    {
      g_autoptr(LivcStage) x = g_list_model_get_item (ta, s);
      g_autoptr(LivcStage) y = g_list_model_get_item (tb, s);

      assert_string_equal (livc_stage_get_id (x), livc_stage_get_id (y));
      assert_double_equal (livc_stage_get_min (x), livc_stage_get_min (y));
      assert_text_equal (livc_stage_get_label (x), livc_stage_get_label (y));
      assert_text_equal (livc_stage_get_description (x), livc_stage_get_description (y));
    }
  assert_int_equal (N_ITEMS (da), N_ITEMS (db));
  for (guint d = 0; d < N_ITEMS (da); d++)
    {
      g_autoptr(LivcDomain) x = g_list_model_get_item (da, d);
      g_autoptr(LivcDomain) y = g_list_model_get_item (db, d);

      assert_domains_equal (x, y);
    }
  assert_int_equal (livc_questionnaire_get_n_items (a), livc_questionnaire_get_n_items (b));
  for (guint i = 0; i < livc_questionnaire_get_n_items (a); i++)
    {
      LivcItem *x = livc_questionnaire_get_item (a, i);
      LivcItem *y = livc_questionnaire_get_item (b, i);
      const char * const *rx = livc_item_get_references (x);
      const char * const *ry = livc_item_get_references (y);
      g_autofree char *nx = livc_item_dup_number (x);
      g_autofree char *ny = livc_item_dup_number (y);

      assert_string_equal (livc_item_get_id (x), livc_item_get_id (y));
      assert_string_equal (nx, ny);
      assert_string_equal (livc_domain_get_id (livc_item_get_domain (x)),
                           livc_domain_get_id (livc_item_get_domain (y)));
      assert_string_equal (livc_scale_get_id (livc_item_get_scale (x)),
                           livc_scale_get_id (livc_item_get_scale (y)));
      assert_double_equal (livc_item_get_weight (x), livc_item_get_weight (y));
      assert_int_equal (livc_item_get_basis (x), livc_item_get_basis (y));
      assert_text_equal (livc_item_get_text (x), livc_item_get_text (y));
      assert_text_equal (livc_item_get_guidance (x), livc_item_get_guidance (y));
      assert_true (g_strv_equal ((const char * const *) rx, (const char * const *) ry));
    }
}

/* The questionnaire out as name (its extension the format) and back as XML. */
static GBytes *
round_trip (LivcQuestionnaire *q,
            const char        *dir,
            const char        *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(LivcSheet) sheet = livc_questionnaire_to_sheet (q);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  LivcSheetFormat format;
  GBytes *xml;

  assert_true (livc_sheet_format_from_path (path, &format));
  assert_true (livc_sheet_save (sheet, path, format, LIVC_CSV_DIALECT_DEFAULT, &error));
  assert_null (error);
  xml = livc_questionnaire_from_sheet (path, diag);
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), 0);
  assert_non_null (xml);
  return xml;
}

static void
check_round_trip (LivcQuestionnaire *q)
{
  g_autofree char *dir = livc_test_tmpdir ();

  for (guint f = 0; f < 2; f++)
    {
      const char *name = f == 0 ? "q.ods" : "q.xlsx";
      g_autoptr(GBytes) xml = round_trip (q, dir, name);
      g_autoptr(LivcQuestionnaire) back = NULL;
      g_autoptr(GBytes) again = NULL;
      g_autoptr(GError) error = NULL;

      back = livc_load_questionnaire_bytes (xml, name, NULL, &error);
      assert_null (error);
      assert_questionnaires_equal (q, back);
      /* A second round writes the very same XML. */
      again = round_trip (back, dir, name);
      assert_true (g_bytes_equal (xml, again));
    }
  livc_test_rmdir (dir);
}

static void
test_builtin_round_trip (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = livc_catalog_get_builtin (&error);

  assert_non_null (q);
  check_round_trip (q);
}

/* The fixtures: recommendations of both kinds, several scales, weights of every form. */
static void
test_fixtures_round_trip (void **state)
{
  const char *names[] = { "scoring-q.xml", "stress-q.xml", "compare/scoring-q-1.3.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = livc_test_file (names[i]);
      g_autoptr(LivcQuestionnaire) q = NULL;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      q = livc_load_questionnaire (path, NULL, NULL);
      assert_non_null (q);
      check_round_trip (q);
    }
}

/* Texts that look like formulas are neutralised in the spreadsheet and come back as they
 * were. */
static void
test_formula_texts (void **state)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<questionnaire xmlns=\"urn:livc-scan:questionnaire:1\" id=\"f\" version=\"1\">\n"
    " <title xml:lang=\"en\">=HYPERLINK(\"x\")</title>\n"
    " <scale id=\"s\"><level value=\"-1\"><label xml:lang=\"en\">-1</label></level>\n"
    "  <level value=\"1\"><label xml:lang=\"en\">+1</label></level></scale>\n"
    " <domain id=\"d\"><title xml:lang=\"en\">@d</title>\n"
    "  <item id=\"d.1\" weight=\"0.125\"><text xml:lang=\"en\">- a list\n- of two</text>\n"
    "   <reference>'quoted'</reference><reference>-ref</reference></item>\n"
    " </domain>\n"
    "</questionnaire>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire_bytes (bytes, "f.xml", NULL, NULL);

  assert_non_null (q);
  check_round_trip (q);
}

/* An XLSX sheet holds 1,048,576 rows and a cell 32,767 characters: more is refused, never
 * cut. The ODS and the CSV hold them. */
static void
test_xlsx_limits (void **state)
{
  const char *ids[] = { "n", NULL };
  g_autoptr(LivcSheet) sheet = livc_sheet_new ();
  g_autoptr(LivcSheet) wide = livc_sheet_new ();
  LivcTable *table = livc_sheet_add_table (sheet, "rows", ids, ids);
  LivcTable *text = livc_sheet_add_table (wide, "long", ids, ids);
  g_autofree char *long_text = g_strnfill (32768, 'x');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  livc_table_add_text (text, "short");
  livc_table_add_text (text, long_text);
  bytes = livc_sheet_to_bytes (wide, LIVC_SHEET_FORMAT_XLSX, LIVC_CSV_DIALECT_DEFAULT, &error);
  assert_null (bytes);
  assert_non_null (error);
  assert_non_null (strstr (error->message, "long!A3"));
  assert_non_null (strstr (error->message, "32768"));
  g_clear_error (&error);
  bytes = livc_sheet_to_bytes (wide, LIVC_SHEET_FORMAT_ODS, LIVC_CSV_DIALECT_DEFAULT, &error);
  assert_non_null (bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* The header and 1,048,575 rows fit (checked before anything is written); one more
   * does not. */
  for (guint r = 0; r < 1048576; r++)
    livc_table_add_number (table, "1");
  bytes = livc_sheet_to_bytes (sheet, LIVC_SHEET_FORMAT_XLSX, LIVC_CSV_DIALECT_DEFAULT, &error);
  assert_null (bytes);
  assert_non_null (error);
  assert_non_null (strstr (error->message, "1048577"));
}

/* An installed questionnaire is what the catalog (and so the app's New dialog) lists. */
static void
test_install (void **state)
{
  g_autofree char *source = livc_test_file ("scoring-q.xml");
  g_autofree char *builtin = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "questionnaires",
                                               "livc-r.xml", NULL);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcCatalog) catalog = livc_catalog_new ();
  g_autoptr(LivcQuestionnaire) found = NULL;
  g_autofree char *dest = livc_catalog_install (source, FALSE, diag);
  g_autofree char *again = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *hidden = NULL;
  gboolean exact = FALSE;

  assert_non_null (dest);
  assert_true (g_str_has_prefix (dest, g_get_user_data_dir ()));
  assert_true (g_str_has_suffix (dest, "scoring-1.2.xml"));
  found = livc_catalog_lookup (catalog, "scoring", "1.2", &exact);
  assert_non_null (found);
  assert_true (exact);
  assert_string_equal (livc_questionnaire_get_location (found), dest);

  again = livc_catalog_install (source, FALSE, diag);
  assert_null (again);
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), 1);
  replaced = livc_catalog_install (source, TRUE, diag);
  assert_string_equal (replaced, dest);
  /* The built-in questionnaire comes first: a copy of it would never be used. */
  if (g_file_test (builtin, G_FILE_TEST_EXISTS))
    {
      hidden = livc_catalog_install (builtin, TRUE, diag);
      assert_null (hidden);
      assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), 2);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_builtin_round_trip),
    cmocka_unit_test (test_fixtures_round_trip),
    cmocka_unit_test (test_formula_texts),
    cmocka_unit_test (test_xlsx_limits),
    cmocka_unit_test (test_install),
  };
  g_autofree char *home = livc_test_tmpdir ();
  g_autofree char *none = g_build_filename (home, "none", NULL);
  int failed;

  /* Before GLib reads them: installing goes into a folder of the test's own. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_DATA_DIRS", none, TRUE);
  livc_core_init ();
  failed = cmocka_run_group_tests_name ("authoring", tests, NULL, NULL);
  livc_test_rmdir (home);
  return failed;
}
