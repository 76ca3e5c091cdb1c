/* livc-scan-cli.c: the headless command line: validate, score, report, compare, merge,
 * export-csv, actions, anonymise, questionnaires and questionnaire (export, import,
 * install), as the CLI contract describes; links the core library only.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "livc-core.h"

#define EXIT_INVALID 1
#define EXIT_USAGE   2

typedef struct
{
  LivcCatalog       *catalog;
  char              *questionnaire_path;
  LivcQuestionnaire *explicit_questionnaire;
} Resolver;

static void
resolver_clear (Resolver *r)
{
  g_clear_object (&r->catalog);
  g_clear_object (&r->explicit_questionnaire);
  g_clear_pointer (&r->questionnaire_path, g_free);
}

static void
print_problems (LivcDiagnostics *diag,
                guint            first)
{
  for (guint i = first; i < livc_diagnostics_get_n (diag); i++)
    {
      g_autofree char *line = livc_problem_to_string (livc_diagnostics_get (diag, i));
      g_printerr ("%s\n", line);
    }
}

/* A logo that cannot be used is said on stderr; the report is written without it. */
static void
set_logo (LivcReport *report,
          const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!livc_report_set_logo (report, path, &error))
    g_printerr ("%s\n", error->message);
}

static void
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("%s\n\n%s", message, help);
}

/* The questionnaire an assessment is scored against: --questionnaire, else the catalog's
 * exact id and version, else its newest version of that id, with a warning. */
static LivcQuestionnaire *
resolve (Resolver        *r,
         LivcAssessment  *assessment,
         const char      *assessment_path,
         LivcDiagnostics *diag,
         gboolean         required)
{
  const char *id = livc_assessment_get_questionnaire_id (assessment);
  const char *version = livc_assessment_get_questionnaire_version (assessment);
  LivcQuestionnaire *q;

  if (r->questionnaire_path != NULL)
    {
      if (r->explicit_questionnaire == NULL)
        {
          g_autoptr(GError) error = NULL;
          r->explicit_questionnaire = livc_load_questionnaire (r->questionnaire_path, diag, &error);
        }
      return r->explicit_questionnaire ? g_object_ref (r->explicit_questionnaire) : NULL;
    }

  if (r->catalog == NULL)
    r->catalog = livc_catalog_new ();
  q = livc_catalog_resolve (r->catalog, assessment, assessment_path, diag);
  if (q == NULL)
    livc_diagnostics_add (diag, required ? LIVC_SEVERITY_ERROR : LIVC_SEVERITY_WARNING,
                          assessment_path, 0,
                          _("the questionnaire “%s” (version %s) was not found among the "
                            "built-in questionnaires nor in the data folders; name it with "
                            "--questionnaire"), id, version);
  return q;
}

/* Loads an assessment and the questionnaire it answers, and checks one against the other. */
static gboolean
load_pair (Resolver           *r,
           const char         *path,
           LivcDiagnostics    *diag,
           gboolean            questionnaire_required,
           LivcAssessment    **assessment_out,
           LivcQuestionnaire **questionnaire_out)
{
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(GError) error = NULL;

  a = livc_load_assessment (path, diag, &error);
  if (a == NULL)
    return FALSE;
  q = resolve (r, a, path, diag, questionnaire_required);
  if (q == NULL && questionnaire_required)
    return FALSE;
  if (q != NULL && !livc_assessment_check (a, q, path, diag, &error))
    return FALSE;
  *assessment_out = g_steal_pointer (&a);
  if (questionnaire_out != NULL)
    *questionnaire_out = g_steal_pointer (&q);
  return TRUE;
}

static gboolean
lang_is_valid (const char *lang,
               gboolean    allow_pair)
{
  return g_strcmp0 (lang, "nl") == 0 || g_strcmp0 (lang, "fr") == 0 ||
         g_strcmp0 (lang, "en") == 0 || (allow_pair && g_strcmp0 (lang, "nl+fr") == 0);
}

/* --csv-dialect: default (the contract) or excel. */
static gboolean
parse_dialect (const char     *name,
               LivcCsvDialect *dialect)
{
  if (name == NULL || g_strcmp0 (name, "default") == 0)
    *dialect = LIVC_CSV_DIALECT_DEFAULT;
  else if (g_strcmp0 (name, "excel") == 0)
    *dialect = LIVC_CSV_DIALECT_EXCEL;
  else
    return FALSE;
  return TRUE;
}

static gboolean
write_sheet (LivcSheet       *sheet,
             const char      *path,
             LivcSheetFormat  format,
             LivcCsvDialect   dialect)
{
  g_autoptr(GError) error = NULL;

  if (!livc_sheet_save (sheet, path, format, dialect, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* An output that names one of the inputs (the same file, whatever the path) would replace
 * what is being read: refused unless --force says it is meant. */
static gboolean
output_is_free (const char         *output,
                const char * const *inputs,
                const char         *questionnaire,
                gboolean            force)
{
  GStatBuf out_st;

  guint n = g_strv_length ((char **) inputs);

  if (force || g_stat (output, &out_st) != 0)
    return TRUE;
  for (guint i = 0; i <= n; i++)
    {
      const char *input = i < n ? inputs[i] : questionnaire;
      GStatBuf in_st;

      if (input != NULL && g_stat (input, &in_st) == 0 && in_st.st_dev == out_st.st_dev &&
          in_st.st_ino == out_st.st_ino)
        {
          g_printerr (_("%s: the output is also an input (%s); writing it would replace what "
                        "is read. Name another output, or give --force to replace it.\n"),
                      output, input);
          return FALSE;
        }
    }
  return TRUE;
}

/* Pads to a width in characters, not bytes, so that accented titles line up. */
static void
append_padded (GString    *out,
               const char *text,
               guint       width,
               gboolean    right)
{
  glong len = g_utf8_strlen (text, -1);

  if (right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
}

/* validate */

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("— check questionnaires and assessments"));
  g_autofree char *questionnaire = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "questionnaire", 'q', 0, G_OPTION_ARG_FILENAME, &questionnaire,
      N_("Check assessments against this questionnaire"), N_("Q.xml") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  Resolver r = { 0 };
  const char *langs[] = { "nl", "fr", NULL };
  int status = EXIT_SUCCESS;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Checks each file against its schema and every rule of the "
                                  "format. Problems are printed as FILE:LINE: message on "
                                  "standard error, valid files as FILE: ok on standard output."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (context, error->message);
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL)
    {
      usage_error (context, _("Name at least one file."));
      return EXIT_USAGE;
    }
  r.questionnaire_path = g_steal_pointer (&questionnaire);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      g_autoptr(GObject) object = NULL;
      g_autoptr(GError) load_error = NULL;
      LivcVocabulary vocabulary;

      object = livc_load_any (files[i], &vocabulary, diag, &load_error);
      if (object != NULL && vocabulary == LIVC_VOCABULARY_QUESTIONNAIRE)
        livc_questionnaire_check_translations (LIVC_QUESTIONNAIRE (object), langs, diag);
      else if (object != NULL && vocabulary == LIVC_VOCABULARY_ASSESSMENT)
        {
          g_autoptr(LivcQuestionnaire) q =
            resolve (&r, LIVC_ASSESSMENT (object), files[i], diag, FALSE);

          if (q != NULL)
            livc_assessment_check (LIVC_ASSESSMENT (object), q, files[i], diag, NULL);
        }
      print_problems (diag, 0);
      if (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR) > 0)
        status = EXIT_INVALID;
      else
        g_print ("%s: ok\n", files[i]);
    }
  resolver_clear (&r);
  return status;
}

/* score */

/* One line of the score table: title, score, stage, counts. */
static void
print_score_row (LivcQuestionnaire     *q,
                 const LivcDomainScore *ds,
                 const char            *title,
                 const char            *lang)
{
  g_autofree char *number = livc_format_decimal (ds->score, 0);
  g_autofree char *score = isnan (ds->score) ? g_strdup ("—")
                                             : g_strdup_printf ("%s %%", number);
  const char *stage =
    ds->stage ? livc_questionnaire_lookup (q, livc_stage_get_label (ds->stage), lang) : "";
  g_autoptr(GString) row = g_string_new (NULL);

  append_padded (row, title, 50, FALSE);
  append_padded (row, score, 6, TRUE);
  g_string_append (row, "  ");
  append_padded (row, stage, 24, FALSE);
  /* TRANSLATORS: the end of a domain's line: answered items of all, compliance alerts,
   * items to discuss */
  g_string_append_printf (row, _("answered %u/%u · alerts %u · to discuss %u"),
                          ds->answered, ds->items, ds->alerts, ds->to_discuss);
  g_print ("%s\n", row->str);
}

/* The compliance alerts (ALERTS) or items to discuss of an item of a repeated domain, one
 * per instance, as item#instance; returns whether any line was printed so far. */
static gboolean
print_instance_items (LivcScoreSet *scores,
                      LivcItem     *item,
                      gboolean      alerts,
                      gboolean      any,
                      const char   *lang)
{
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (scores);
  LivcDomain *domain = livc_item_get_domain (item);

  for (guint j = 0; j < livc_domain_get_n_instances (domain); j++)
    {
      const LivcItemScore *is = livc_score_set_find_instance_item (
        scores, livc_item_get_id (item), livc_domain_get_instance (domain, j)->id);
      g_autofree char *id = NULL;

      if (alerts ? !is->alert : !is->to_discuss)
        continue;
      if (!any)
        g_print ("\n%s\n", alerts ? _("Compliance alerts:") : _("Items to discuss:"));
      any = TRUE;
      id = g_strdup_printf ("%s#%s", livc_item_get_id (item), is->instance);
      if (alerts)
        g_print ("  %s  %s\n", id, livc_questionnaire_lookup (q, livc_item_get_text (item), lang));
      else
        g_print (_("  %s  ratings from %d to %d\n"), id, is->min_rating, is->max_rating);
    }
  return any;
}

static void
print_score_text (LivcScoreSet *scores,
                  const char   *lang)
{
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (scores);
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  g_autofree char *municipalities = livc_assessment_dup_municipality_names (a, ", ");
  const LivcDomainScore *overall = livc_score_set_get_overall (scores);
  guint n = livc_score_set_get_n_domains (scores);
  guint n_items = livc_score_set_get_n_items (scores);
  g_autofree char *completeness =
    livc_format_decimal (100 * livc_score_set_get_completeness (scores), 0);
  gboolean any = FALSE;

  g_print ("%s — %s%s%s\n", municipalities,
           livc_assessment_get_date (a) ? livc_assessment_get_date (a) : "",
           livc_assessment_get_title (a) ? " — " : "",
           livc_assessment_get_title (a) ? livc_assessment_get_title (a) : "");
  g_print ("%s %s\n\n", livc_questionnaire_lookup (q, livc_questionnaire_get_title (q), lang),
           livc_questionnaire_get_version (q));

  for (guint i = 0; i <= n; i++)
    {
      const LivcDomainScore *ds = i < n ? livc_score_set_get_domain (scores, i) : overall;
      const char *title =
        i < n ? livc_questionnaire_lookup (q, livc_domain_get_title (ds->domain), lang)
              : _("Overall");

      if (i == n)
        g_print ("\n");
      print_score_row (q, ds, title, lang);
      if (i == n)
        continue;
      if (ds->state != LIVC_DOMAIN_ASKED)
        {
          g_autofree char *why = livc_report_dup_domain_absence (scores, i,
                                                                 lang ? lang : "en");
          g_print ("  %s\n", why);
        }
      /* A repeated domain: a row per instance under the domain's mean. */
      for (guint j = 0; j < livc_domain_get_n_instances (ds->domain); j++)
        {
          const LivcDomainScore *row = livc_score_set_get_instance (scores, i, j);
          g_autofree char *label =
            g_strdup_printf ("  %s", livc_questionnaire_lookup (q, row->instance->label, lang));

          print_score_row (q, row, label, lang);
        }
    }
  g_print ("\n");
  g_print (_("Completeness: %s %%\n"), completeness);

  for (guint i = 0; i < n_items; i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (scores, i);
      if (!is->alert)
        continue;
      if (!any)
        g_print ("\n%s\n", _("Compliance alerts:"));
      any = TRUE;
      g_print ("  %s  %s\n", livc_item_get_id (is->item),
               livc_questionnaire_lookup (q, livc_item_get_text (is->item), lang));
    }
  for (guint i = 0; i < n_items; i++)
    any = print_instance_items (scores, livc_score_set_get_item (scores, i)->item, TRUE, any,
                                lang);
  any = FALSE;
  for (guint i = 0; i < n_items; i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (scores, i);
      if (!is->to_discuss)
        continue;
      if (!any)
        g_print ("\n%s\n", _("Items to discuss:"));
      any = TRUE;
      g_print (_("  %s  ratings from %d to %d\n"), livc_item_get_id (is->item), is->min_rating,
               is->max_rating);
    }
  for (guint i = 0; i < n_items; i++)
    any = print_instance_items (scores, livc_score_set_get_item (scores, i)->item, FALSE, any,
                                lang);
}

static int
cmd_score (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("— print the scores of an assessment"));
  g_autofree char *questionnaire = NULL;
  g_autofree char *format = NULL;
  g_autofree char *lang = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "questionnaire", 'q', 0, G_OPTION_ARG_FILENAME, &questionnaire,
      N_("Score against this questionnaire"), N_("Q.xml") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text or csv"), N_("FORMAT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the texts: nl, fr or en"), N_("L") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("ASSESSMENT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcScoreSet) scores = NULL;
  Resolver r = { 0 };
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (context, error->message);
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      usage_error (context, _("Name exactly one assessment."));
      return EXIT_USAGE;
    }
  if (format != NULL && g_strcmp0 (format, "text") != 0 && g_strcmp0 (format, "csv") != 0)
    {
      usage_error (context, _("The format is text or csv."));
      return EXIT_USAGE;
    }
  if (lang != NULL && !lang_is_valid (lang, FALSE))
    {
      usage_error (context, _("The language is nl, fr or en."));
      return EXIT_USAGE;
    }

  r.questionnaire_path = g_steal_pointer (&questionnaire);
  ok = load_pair (&r, files[0], diag, TRUE, &a, &q);
  print_problems (diag, 0);
  resolver_clear (&r);
  if (!ok)
    return EXIT_INVALID;

  scores = livc_score_set_new (q, a);
  if (g_strcmp0 (format, "csv") == 0)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      livc_csv_write_scores (out, scores);
      fputs (out->str, stdout);
    }
  else
    print_score_text (scores, lang ? lang : livc_default_lang ());
  return EXIT_SUCCESS;
}

/* merge, export-csv, actions and anonymise share their option shape; export-csv and actions
 * (sheet TRUE) add the options of tables. */

typedef struct
{
  char            *output;
  GStrv            files;
  gboolean         force;
  /* Only for the commands that write tables (sheet TRUE): */
  gboolean         sheet;
  char            *dialect_name;
  char            *lang;
  char            *questionnaire;
  LivcSheetFormat  format;
  LivcCsvDialect   dialect;
} FilesAndOutput;

static void
files_and_output_clear (FilesAndOutput *fo)
{
  g_clear_pointer (&fo->output, g_free);
  g_clear_pointer (&fo->files, g_strfreev);
  g_clear_pointer (&fo->dialect_name, g_free);
  g_clear_pointer (&fo->lang, g_free);
  g_clear_pointer (&fo->questionnaire, g_free);
}

static int
parse_files_and_output (int             argc,
                        char          **argv,
                        const char     *parameter,
                        const char     *summary,
                        FilesAndOutput *fo)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &fo->output, N_("Write to this file"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &fo->force,
      N_("Write the output even when it is one of the inputs"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &fo->files, NULL, N_("ASSESSMENT…") },
    { NULL }
  };
  GOptionEntry sheet_entries[] = {
    { "csv-dialect", 0, 0, G_OPTION_ARG_STRING, &fo->dialect_name,
      N_("CSV for spreadsheets: excel (semicolons, byte-order mark, CRLF) or default"),
      N_("DIALECT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &fo->lang,
      N_("Language of a spreadsheet’s sheet and column names: nl, fr or en"), N_("L") },
    { "questionnaire", 'q', 0, G_OPTION_ARG_FILENAME, &fo->questionnaire,
      N_("The questionnaire the assessments answer"), N_("Q.xml") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (fo->sheet)
    g_option_context_add_main_entries (context, sheet_entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (context, error->message);
      files_and_output_clear (fo);
      return EXIT_USAGE;
    }
  /* Any other name than .ods or .xlsx is a CSV, as export-csv has always written. */
  if (fo->sheet && fo->output != NULL && !livc_sheet_format_from_path (fo->output, &fo->format))
    fo->format = LIVC_SHEET_FORMAT_CSV;
  if (fo->files == NULL || fo->files[0] == NULL)
    usage_error (context, _("Name at least one assessment."));
  else if (fo->output == NULL)
    usage_error (context, _("Name the output file with -o."));
  else if (fo->sheet && !parse_dialect (fo->dialect_name, &fo->dialect))
    usage_error (context, _("The CSV dialect is default or excel."));
  else if (fo->sheet && fo->dialect_name != NULL && fo->format != LIVC_SHEET_FORMAT_CSV)
    usage_error (context, _("--csv-dialect applies to a CSV output only."));
  else if (fo->sheet && fo->lang != NULL && !lang_is_valid (fo->lang, FALSE))
    usage_error (context, _("The language is nl, fr or en."));
  else if (!output_is_free (fo->output, (const char * const *) fo->files, fo->questionnaire,
                            fo->force))
    {
      files_and_output_clear (fo);
      return EXIT_INVALID;
    }
  else
    return EXIT_SUCCESS;
  files_and_output_clear (fo);
  return EXIT_USAGE;
}

static int
cmd_merge (int    argc,
           char **argv)
{
  FilesAndOutput fo = { 0 };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LivcAssessment) team = NULL;
  g_autoptr(GError) error = NULL;
  Resolver r = { 0 };
  gboolean ok = TRUE;
  int status;

  status = parse_files_and_output (argc, argv, _("-o TEAM.xml — merge into a team assessment"),
                                   _("Combines assessments of the same questionnaire into one "
                                     "team assessment. Every participant's ratings are kept; "
                                     "team values that disagree are left out so that the item "
                                     "shows up as to discuss."),
                                   &fo);
  if (status != EXIT_SUCCESS)
    return status;

  for (guint i = 0; fo.files[i] != NULL; i++)
    {
      LivcAssessment *a = NULL;

      if (load_pair (&r, fo.files[i], diag, FALSE, &a, NULL))
        g_ptr_array_add (inputs, a);
      else
        ok = FALSE;
    }
  print_problems (diag, 0);
  resolver_clear (&r);
  if (ok)
    team = livc_merge ((LivcAssessment * const *) inputs->pdata, (const char * const *) fo.files,
                       inputs->len, &error);
  if (team == NULL)
    {
      if (error != NULL)
        g_printerr ("%s\n", error->message);
      files_and_output_clear (&fo);
      return EXIT_INVALID;
    }
  /* The save refuses a file too large to be opened again rather than write one. */
  ok = livc_assessment_save (team, fo.output, &error);
  if (!ok)
    g_printerr ("%s\n", error->message);
  files_and_output_clear (&fo);
  return ok ? EXIT_SUCCESS : EXIT_INVALID;
}

/* export-csv and actions: tables of every assessment, as CSV or a spreadsheet. */
typedef LivcTable *(*AddTable) (LivcSheet  *sheet,
                                const char *lang);
typedef void (*AddRows) (LivcTable         *table,
                         const char        *file,
                         LivcAssessment    *assessment,
                         LivcQuestionnaire *questionnaire,
                         const char        *today);

static int
write_tables (int         argc,
              char      **argv,
              const char *parameter,
              const char *summary,
              AddTable    add_table,
              AddRows     add_rows)
{
  FilesAndOutput fo = { .sheet = TRUE };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcSheet) sheet = livc_sheet_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  LivcTable *table;
  Resolver r = { 0 };
  gboolean ok = TRUE;
  int status;

  status = parse_files_and_output (argc, argv, parameter, summary, &fo);
  if (status != EXIT_SUCCESS)
    return status;

  r.questionnaire_path = g_steal_pointer (&fo.questionnaire);
  table = add_table (sheet, fo.lang ? fo.lang : livc_default_lang ());
  for (guint i = 0; fo.files[i] != NULL; i++)
    {
      g_autoptr(LivcAssessment) a = NULL;
      g_autoptr(LivcQuestionnaire) q = NULL;

      if (load_pair (&r, fo.files[i], diag, FALSE, &a, &q))
        add_rows (table, fo.files[i], a, q, today);
      else
        ok = FALSE;
    }
  print_problems (diag, 0);
  resolver_clear (&r);
  if (ok)
    ok = write_sheet (sheet, fo.output, fo.format, fo.dialect);
  files_and_output_clear (&fo);
  return ok ? EXIT_SUCCESS : EXIT_INVALID;
}

static void
add_export_rows (LivcTable         *table,
                 const char        *file,
                 LivcAssessment    *assessment,
                 LivcQuestionnaire *questionnaire,
                 const char        *today)
{
  livc_csv_add_export_rows (table, file, assessment, questionnaire);
}

static int
cmd_export_csv (int    argc,
                char **argv)
{
  return write_tables (argc, argv,
                       _("-o OUT.csv|OUT.ods|OUT.xlsx — export answers and ratings"),
                       _("Writes every answer and every individual rating in long "
                         "format: file,municipality,date,domain,item,basis,weight,"
                         "value,participant,note. The output's extension chooses CSV, "
                         "an OpenDocument spreadsheet (.ods) or an Excel workbook (.xlsx)."),
                       livc_csv_add_export_table, add_export_rows);
}

static int
cmd_actions (int    argc,
             char **argv)
{
  return write_tables (argc, argv,
                       _("-o OUT.csv|OUT.ods|OUT.xlsx — export the action plans"),
                       _("Writes one row per action of each assessment's plan: "
                         "file,municipality,date,number,action,domain,item,owner,due,"
                         "status,overdue. An action is overdue when it is open or under "
                         "way and its due date has passed. The output's extension chooses "
                         "CSV, an OpenDocument spreadsheet (.ods) or an Excel workbook "
                         "(.xlsx)."),
                       livc_csv_add_actions_table, livc_csv_add_actions_rows);
}

/* anonymise */

/* An output's name says what it holds without the input's name, which may be a member's:
 * NIS-DATE.xml (the first municipality's NIS code, else "assessment"), then -2, -3, … */
static char *
anonymous_path (const char     *dir,
                LivcAssessment *assessment,
                GHashTable     *taken)
{
  GListModel *municipalities = livc_assessment_get_municipalities (assessment);
  g_autoptr(LivcMunicipality) first = g_list_model_get_n_items (municipalities) > 0
                                      ? g_list_model_get_item (municipalities, 0) : NULL;
  const char *nis = first ? livc_municipality_get_nis (first) : NULL;
  const char *date = livc_assessment_get_date (assessment);
  g_autofree char *stem = g_strdup_printf ("%s-%s", nis ? nis : "assessment",
                                           livc_date_is_valid (date) ? date : "undated");

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.xml", stem)
                                     : g_strdup_printf ("%s-%u.xml", stem, n);

      if (!g_hash_table_contains (taken, name))
        {
          g_hash_table_add (taken, g_strdup (name));
          return g_build_filename (dir, name, NULL);
        }
    }
}

static int
cmd_anonymise (int    argc,
               char **argv)
{
  FilesAndOutput fo = { 0 };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Resolver r = { 0 };
  gboolean ok = TRUE;
  int status;

  status = parse_files_and_output (argc, argv, _("-o FOLDER — copies without names or notes"),
                                   _("Writes a copy of each assessment into the folder "
                                     "without the title, member names, notes, evidence, "
                                     "action texts and owners, and without content of other "
                                     "namespaces; scores, ratings by role, municipality, NIS "
                                     "code, date, questionnaire id and version are kept. Each "
                                     "copy is named NIS-DATE.xml; the names are printed as "
                                     "INPUT → OUTPUT."),
                                   &fo);
  if (status != EXIT_SUCCESS)
    return status;
  if (g_mkdir_with_parents (fo.output, 0700) != 0)
    {
      int saved = errno;

      g_printerr (_("cannot create the folder “%s”: %s\n"), fo.output, g_strerror (saved));
      files_and_output_clear (&fo);
      return EXIT_INVALID;
    }
  /* Everything is read and checked before anything is written. */
  for (guint i = 0; fo.files[i] != NULL; i++)
    {
      g_autoptr(LivcAssessment) a = NULL;

      if (!load_pair (&r, fo.files[i], diag, FALSE, &a, NULL))
        {
          ok = FALSE;
          continue;
        }
      g_ptr_array_add (paths, anonymous_path (fo.output, a, taken));
      g_ptr_array_add (copies, livc_anonymise (a));
    }
  print_problems (diag, 0);
  resolver_clear (&r);
  for (guint i = 0; ok && i < copies->len; i++)
    ok = output_is_free (paths->pdata[i], (const char * const *) fo.files, NULL, fo.force);
  for (guint i = 0; ok && i < copies->len; i++)
    {
      g_autoptr(GError) error = NULL;

      ok = livc_assessment_save (copies->pdata[i], paths->pdata[i], &error);
      if (ok)
        g_print ("%s → %s\n", fo.files[i], (char *) paths->pdata[i]);
      else
        g_printerr ("%s\n", error->message);
    }
  files_and_output_clear (&fo);
  return ok ? EXIT_SUCCESS : EXIT_INVALID;
}

/* questionnaires */

static int
cmd_questionnaires (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("— list the questionnaires that can be found"));
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcCatalog) catalog = livc_catalog_new ();
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  GListModel *model;
  const char *lang = livc_default_lang ();

  g_option_context_set_summary (context,
                                _("Lists the built-in questionnaires, then those in "
                                  "$XDG_DATA_DIRS/livc-scan/questionnaires and "
                                  "$XDG_DATA_HOME/livc-scan/questionnaires: id, version, title "
                                  "and location, separated by tabs."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (context, error->message);
      return EXIT_USAGE;
    }
  if (argc > 1)
    {
      usage_error (context, _("This command takes no file."));
      return EXIT_USAGE;
    }
  livc_catalog_scan (catalog, diag);
  print_problems (diag, 0);
  model = livc_catalog_get_questionnaires (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcQuestionnaire) q = g_list_model_get_item (model, i);

      g_print ("%s\t%s\t%s\t%s\n", livc_questionnaire_get_id (q),
               livc_questionnaire_get_version (q),
               livc_questionnaire_lookup (q, livc_questionnaire_get_title (q), lang),
               livc_questionnaire_get_location (q));
    }
  return EXIT_SUCCESS;
}

/* questionnaire export, import and install: authoring in a spreadsheet, and sharing. */

typedef struct
{
  char     *output;
  gboolean  force;
  GStrv     files;
} QuestionnaireArgs;

static void
questionnaire_args_clear (QuestionnaireArgs *qa)
{
  g_clear_pointer (&qa->output, g_free);
  g_clear_pointer (&qa->files, g_strfreev);
}

/* One input file, and -o unless the subcommand writes where it decides. */
static int
parse_questionnaire_args (int                argc,
                          char             **argv,
                          const char        *parameter,
                          const char        *summary,
                          gboolean           with_output,
                          QuestionnaireArgs *qa)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &qa->force,
      with_output ? N_("Write the output even when it is the input")
                  : N_("Replace the same version installed earlier"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &qa->files, NULL, N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &qa->output, N_("Write to this file"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  if (!with_output)
    entries[2] = entries[3];
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    usage_error (context, error->message);
  else if (qa->files == NULL || g_strv_length (qa->files) != 1)
    usage_error (context, _("Name one questionnaire file."));
  else if (with_output && qa->output == NULL)
    usage_error (context, _("Name the output file with -o."));
  else if (with_output && !output_is_free (qa->output, (const char * const *) qa->files, NULL,
                                           qa->force))
    {
      questionnaire_args_clear (qa);
      return EXIT_INVALID;
    }
  else
    return EXIT_SUCCESS;
  questionnaire_args_clear (qa);
  return EXIT_USAGE;
}

static int
questionnaire_export (int    argc,
                      char **argv)
{
  QuestionnaireArgs qa = { 0 };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcSheet) sheet = NULL;
  LivcSheetFormat format;
  gboolean ok;
  int status;

  status = parse_questionnaire_args (argc, argv, _("Q.xml -o Q.ods|Q.xlsx — a questionnaire "
                                                   "as a spreadsheet"),
                                     _("Writes the questionnaire as an authoring spreadsheet: "
                                       "sheets questionnaire, levels, stages, domains, items "
                                       "and recommendations, a column per language for each "
                                       "text. “questionnaire import” turns it back into XML."),
                                     TRUE, &qa);
  if (status != EXIT_SUCCESS)
    return status;
  if (!livc_sheet_format_from_path (qa.output, &format) || format == LIVC_SHEET_FORMAT_CSV)
    {
      g_printerr (_("%s: a questionnaire needs several sheets: name an .ods or .xlsx "
                    "output.\n"), qa.output);
      questionnaire_args_clear (&qa);
      return EXIT_USAGE;
    }
  q = livc_load_questionnaire (qa.files[0], diag, NULL);
  print_problems (diag, 0);
  ok = q != NULL;
  if (ok)
    {
      sheet = livc_questionnaire_to_sheet (q);
      ok = write_sheet (sheet, qa.output, format, LIVC_CSV_DIALECT_DEFAULT);
    }
  questionnaire_args_clear (&qa);
  return ok ? EXIT_SUCCESS : EXIT_INVALID;
}

static int
questionnaire_import (int    argc,
                      char **argv)
{
  QuestionnaireArgs qa = { 0 };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  int status;

  status = parse_questionnaire_args (argc, argv, _("Q.ods|Q.xlsx -o Q.xml — a spreadsheet as "
                                                   "a questionnaire"),
                                     _("Reads an authoring spreadsheet (as “questionnaire "
                                       "export” writes it) and writes the questionnaire XML, "
                                       "checked as “validate” checks it. Problems are printed "
                                       "as FILE:SHEET!CELL: message."),
                                     TRUE, &qa);
  if (status != EXIT_SUCCESS)
    return status;
  bytes = livc_questionnaire_from_sheet (qa.files[0], diag);
  print_problems (diag, 0);
  if (bytes != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (bytes, &size);

      ok = livc_write_file_atomically (qa.output, data, size, &error);
      if (!ok)
        g_printerr ("%s\n", error->message);
    }
  questionnaire_args_clear (&qa);
  return ok ? EXIT_SUCCESS : EXIT_INVALID;
}

static int
questionnaire_install (int    argc,
                       char **argv)
{
  QuestionnaireArgs qa = { 0 };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autofree char *dest = NULL;
  g_autofree char *dir = livc_catalog_dup_install_dir ();
  g_autofree char *summary = g_strdup_printf (_("Checks the questionnaire (XML, or an "
                                                "authoring spreadsheet) and copies it as "
                                                "ID-VERSION.xml into %s, where the app and "
                                                "“questionnaires” find it; prints that path."),
                                              dir);
  int status;

  status = parse_questionnaire_args (argc, argv, _("Q.xml|Q.ods|Q.xlsx — install a "
                                                   "questionnaire for this user"),
                                     summary, FALSE, &qa);
  if (status != EXIT_SUCCESS)
    return status;
  dest = livc_catalog_install (qa.files[0], qa.force, diag);
  print_problems (diag, 0);
  if (dest != NULL)
    g_print ("%s\n", dest);
  questionnaire_args_clear (&qa);
  return dest != NULL ? EXIT_SUCCESS : EXIT_INVALID;
}

static const struct
{
  const char *name;
  int (*run) (int argc, char **argv);
} questionnaire_commands[] = {
  { "export", questionnaire_export },
  { "import", questionnaire_import },
  { "install", questionnaire_install },
};

static void
print_questionnaire_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: livc-scan-cli questionnaire export|import|install …"));
  fprintf (stream, "  export   %s\n", _("Q.xml -o Q.ods|Q.xlsx: the questionnaire as an "
                                        "authoring spreadsheet"));
  fprintf (stream, "  import   %s\n", _("Q.ods|Q.xlsx -o Q.xml: an authoring spreadsheet as "
                                        "questionnaire XML"));
  fprintf (stream, "  install  %s\n", _("Q.xml|Q.ods|Q.xlsx: copy it where the app finds it"));
}

static int
cmd_questionnaire (int    argc,
                   char **argv)
{
  if (argc >= 2 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0))
    {
      print_questionnaire_usage (stdout);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (questionnaire_commands); i++)
    if (strcmp (argv[1], questionnaire_commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("livc-scan-cli questionnaire %s",
                                                    questionnaire_commands[i].name);

        g_set_prgname (prgname);
        return questionnaire_commands[i].run (argc - 1, argv + 1);
      }
  print_questionnaire_usage (stderr);
  return EXIT_USAGE;
}

/* report and compare: the same options and the same loading; they differ in what one
 * file means (report: its own report) and in how the output is chosen (compare: by the
 * output's extension). */

typedef enum
{
  OUTPUT_PDF,
  OUTPUT_PNG,
  OUTPUT_SHEET,
} OutputKind;

/* Progress on stderr for long runs, and only on a terminal. */
typedef struct
{
  gboolean enabled;
  gint64   start;
  gboolean shown;
} Progress;

static void
progress_update (Progress *progress,
                 guint     done,
                 guint     total)
{
  if (!progress->enabled || g_get_monotonic_time () - progress->start < G_USEC_PER_SEC)
    return;
  {
    /* TRANSLATORS: progress while loading: files loaded of all files. */
    g_autofree char *line = g_strdup_printf (_("Loading assessments: %u of %u…"), done, total);

    g_printerr ("\r%s", line);
    progress->shown = TRUE;
  }
}

static void
progress_end (Progress *progress)
{
  if (progress->shown)
    g_printerr ("\n");
}

static int
run_report_or_compare (int      argc,
                       char   **argv,
                       gboolean compare)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (compare ? _("-o OUT.pdf|OUT.png|OUT.csv|OUT.ods|OUT.xlsx — compare "
                                      "assessments")
                                  : _("-o OUT.pdf — write the report"));
  g_autofree char *questionnaire = NULL;
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *highlight = NULL;
  g_autofree char *dialect_name = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *logo = NULL;
  g_autoptr(LivcScoreSet) previous_scores = NULL;
  g_auto(GStrv) files = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Write the output even when it is one of the inputs"), NULL },
    { "questionnaire", 'q', 0, G_OPTION_ARG_FILENAME, &questionnaire,
      N_("Score against this questionnaire"), N_("Q.xml") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the report: nl, fr, en or nl+fr"), N_("L") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("pdf (the report) or png (its radar chart)"), N_("FORMAT") },
    { "highlight", 0, 0, G_OPTION_ARG_FILENAME, &highlight,
      N_("With more than eight assessments, the one shown against the others (default: the first)"),
      N_("ASSESSMENT") },
    { "previous", 0, 0, G_OPTION_ARG_FILENAME, &previous,
      N_("An earlier assessment of the same municipality: the summary says what moved since"),
      N_("OLD.xml") },
    { "logo", 0, 0, G_OPTION_ARG_FILENAME, &logo,
      N_("A PNG logo for the report’s cover, scaled to fit"), N_("LOGO.png") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("ASSESSMENT…") },
    { NULL }
  };
  GOptionEntry compare_entries[] = {
    { "csv-dialect", 0, 0, G_OPTION_ARG_STRING, &dialect_name,
      N_("CSV for spreadsheets: excel (semicolons, byte-order mark, CRLF) or default"),
      N_("DIALECT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcComparison) comparison = livc_comparison_new ();
  g_autoptr(LivcReport) report = NULL;
  g_autoptr(LivcSheet) sheet = NULL;
  LivcTable *table = NULL;
  LivcSheetFormat sheet_format = LIVC_SHEET_FORMAT_CSV;
  LivcCsvDialect dialect = LIVC_CSV_DIALECT_DEFAULT;
  OutputKind kind = OUTPUT_PDF;
  Progress progress = { isatty (2), g_get_monotonic_time (), FALSE };
  Resolver r = { 0 };
  guint n_files, highlighted = 0;
  gboolean ok = TRUE;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (compare)
    g_option_context_add_main_entries (context, compare_entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, compare
                                  ? _("Compares assessments. The output's extension chooses what "
                                      "is written: .pdf the comparison report, .png its radar "
                                      "chart, .csv one row per assessment and domain: "
                                      "file,municipality,date,domain,score,stage; .ods and "
                                      ".xlsx the same table as a spreadsheet.")
                                  : _("Writes the report of one assessment as PDF, or its radar "
                                      "chart as PNG; with several assessments, the comparison "
                                      "report."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (context, error->message);
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || output == NULL)
    {
      usage_error (context, _("Name the assessments and the output file with -o."));
      return EXIT_USAGE;
    }
  if (lang != NULL && !livc_report_lang_is_valid (lang))
    {
      usage_error (context, _("The language is nl, fr, en or nl+fr."));
      return EXIT_USAGE;
    }
  if (format != NULL && g_strcmp0 (format, "pdf") != 0 && g_strcmp0 (format, "png") != 0 &&
      !(compare && (g_strcmp0 (format, "csv") == 0 || g_strcmp0 (format, "ods") == 0 ||
                    g_strcmp0 (format, "xlsx") == 0)))
    {
      usage_error (context, compare ? _("The format is pdf, png, csv, ods or xlsx.")
                                    : _("The format is pdf or png."));
      return EXIT_USAGE;
    }
  if (format != NULL)
    {
      g_autofree char *name = g_strconcat (".", format, NULL);

      kind = g_strcmp0 (format, "png") == 0 ? OUTPUT_PNG
             : g_strcmp0 (format, "pdf") == 0 ? OUTPUT_PDF
             : OUTPUT_SHEET;
      if (kind == OUTPUT_SHEET)
        livc_sheet_format_from_path (name, &sheet_format);
    }
  else if (compare)
    {
      g_autofree char *lower = g_ascii_strdown (output, -1);

      if (livc_sheet_format_from_path (output, &sheet_format))
        kind = OUTPUT_SHEET;
      else if (g_str_has_suffix (lower, ".png"))
        kind = OUTPUT_PNG;
      else if (g_str_has_suffix (lower, ".pdf"))
        kind = OUTPUT_PDF;
      else
        {
          usage_error (context, _("Name an output ending in .pdf, .png, .csv, .ods or .xlsx, "
                                  "or give --format."));
          return EXIT_USAGE;
        }
    }
  if (!parse_dialect (dialect_name, &dialect))
    {
      usage_error (context, _("The CSV dialect is default or excel."));
      return EXIT_USAGE;
    }
  if (dialect_name != NULL && (kind != OUTPUT_SHEET || sheet_format != LIVC_SHEET_FORMAT_CSV))
    {
      usage_error (context, _("--csv-dialect applies to a CSV output only."));
      return EXIT_USAGE;
    }
  n_files = g_strv_length (files);
  if (highlight != NULL)
    {
      highlighted = n_files;
      for (guint i = 0; i < n_files; i++)
        if (g_strcmp0 (files[i], highlight) == 0)
          highlighted = i;
      if (highlighted == n_files)
        {
          usage_error (context, _("The highlighted assessment must be one of the files compared."));
          return EXIT_USAGE;
        }
    }

  if (previous != NULL && (compare || n_files != 1))
    {
      usage_error (context, _("--previous goes with the report of one assessment."));
      return EXIT_USAGE;
    }

  if (logo != NULL && kind != OUTPUT_PDF)
    {
      usage_error (context, _("--logo goes with a PDF report."));
      return EXIT_USAGE;
    }

  if (!output_is_free (output, (const char * const *) files, questionnaire, force))
    return EXIT_INVALID;

  r.questionnaire_path = g_steal_pointer (&questionnaire);
  if (kind == OUTPUT_SHEET)
    {
      sheet = livc_sheet_new ();
      table = livc_csv_add_compare_table (sheet, lang ? lang : livc_default_lang ());
    }
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(LivcAssessment) a = NULL;
      g_autoptr(LivcQuestionnaire) q = NULL;
      g_autoptr(LivcScoreSet) scores = NULL;

      progress_update (&progress, i, n_files);
      if (!load_pair (&r, files[i], diag, TRUE, &a, &q))
        {
          ok = FALSE;
          continue;
        }
      scores = livc_score_set_new (q, a);
      /* The CSV too: rows of two questionnaires in one table mix their domains. */
      if (!livc_comparison_add (comparison, scores, files[i], &error))
        {
          livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, files[i], 0, "%s", error->message);
          g_clear_error (&error);
          ok = FALSE;
        }
      else if (table != NULL)
        livc_csv_add_compare_rows (table, files[i], scores);
    }
  if (previous != NULL)
    {
      g_autoptr(LivcAssessment) a = NULL;
      g_autoptr(LivcQuestionnaire) q = NULL;

      if (load_pair (&r, previous, diag, TRUE, &a, &q))
        previous_scores = livc_score_set_new (q, a);
      else
        ok = FALSE;
    }
  progress_update (&progress, n_files, n_files);
  progress_end (&progress);
  print_problems (diag, 0);
  resolver_clear (&r);
  if (!ok)
    return EXIT_INVALID;

  if (sheet != NULL)
    return write_sheet (sheet, output, sheet_format, dialect) ? EXIT_SUCCESS : EXIT_INVALID;

  if (lang == NULL)
    lang = g_strdup (livc_default_lang ());
  livc_comparison_set_highlight (comparison, highlighted);
  if (n_files == 1 && !compare)
    {
      LivcScoreSet *scores = livc_comparison_get_scores (comparison, 0);

      if (kind == OUTPUT_PNG)
        ok = livc_report_write_radar_png (scores, lang, output, &error);
      else
        {
          report = livc_report_new_since (scores, previous_scores, lang);
          set_logo (report, logo);
          ok = livc_report_write_pdf (report, output, &error);
        }
    }
  else if (kind == OUTPUT_PNG)
    ok = livc_report_write_comparison_png (comparison, lang, output, &error);
  else
    {
      report = livc_report_new_comparison (comparison, lang);
      set_logo (report, logo);
      ok = livc_report_write_pdf (report, output, &error);
    }
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_INVALID;
    }
  return EXIT_SUCCESS;
}

static int
cmd_report (int    argc,
            char **argv)
{
  return run_report_or_compare (argc, argv, FALSE);
}

static int
cmd_compare (int    argc,
             char **argv)
{
  return run_report_or_compare (argc, argv, TRUE);
}

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", cmd_validate, N_("check questionnaires and assessments") },
  { "score", cmd_score, N_("print the scores of an assessment (text or CSV)") },
  { "report", cmd_report, N_("write the PDF report of assessments, or their radar as PNG") },
  { "compare", cmd_compare,
    N_("compare assessments: report (PDF), radar (PNG) or table (CSV, ODS, XLSX)") },
  { "merge", cmd_merge, N_("merge assessments into one team assessment") },
  { "export-csv", cmd_export_csv,
    N_("export answers and ratings as CSV or a spreadsheet (ODS, XLSX)") },
  { "anonymise", cmd_anonymise,
    N_("copy assessments without names, notes, evidence and action texts") },
  { "actions", cmd_actions, N_("export the action plans as CSV or a spreadsheet (ODS, XLSX)") },
  { "questionnaires", cmd_questionnaires, N_("list the questionnaires that can be found") },
  { "questionnaire", cmd_questionnaire,
    N_("export a questionnaire to a spreadsheet, import one from it, or install one") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: livc-scan-cli COMMAND [OPTION…] [FILE…]"));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("“livc-scan-cli COMMAND --help” describes a command."));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("LIVC_SCAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("livc-scan-cli");
  livc_core_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return EXIT_SUCCESS;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("livc-scan-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("livc-scan-cli %s", commands[i].name);

        /* Each command's --help then names it in its usage line. */
        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("Unknown command “%s”.\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
