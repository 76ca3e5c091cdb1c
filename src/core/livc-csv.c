/* livc-csv.c: RFC 4180 CSV with '.' decimals whatever the locale, rows as cli.md says;
 * the tables behind the CSV, ODS and XLSX outputs of compare, export-csv and actions.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-csv.h"
#include "livc-report.h"

/* Writes a cell as RFC 4180 wants it, quoted when it holds a separator, a quote or a
 * line break. */
static void
append_quoted (GString    *out,
               const char *prefix,
               const char *value,
               const char *special)
{
  if (*prefix == '\0' && strpbrk (value, special) == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  g_string_append (out, prefix);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

#define DEFAULT_SPECIAL ",\"\r\n"
#define EXCEL_SPECIAL   ";,\"\r\n"

/* Whether text holds a bidirectional embedding, override or isolate (U+202A–U+202E,
 * U+2066–U+2069), looked for in the bytes of their UTF-8 forms. */
static gboolean
has_bidi_control (const char *text)
{
  for (const char *p = strchr (text, '\xe2'); p != NULL; p = strchr (p + 1, '\xe2'))
    if ((p[1] == '\x80' && p[2] >= '\xaa' && p[2] <= '\xae') ||
        (p[1] == '\x81' && p[2] >= '\xa6' && p[2] <= '\xa9'))
      return TRUE;
  return FALSE;
}

/* A text cell: neutralised against formulas (livc_cell_needs_quote), and isolated
 * (livc_text_isolate) when it holds bidirectional controls, so that one left open in a
 * name cannot reverse the cells after it wherever the line is shown as text. Cells
 * without them are written as they are. */
static void
append_text (GString    *out,
             const char *value,
             const char *special)
{
  g_autofree char *isolated = NULL;
  const char *prefix = livc_cell_needs_quote (value) ? "'" : "";

  if (has_bidi_control (value))
    value = isolated = livc_text_isolate (value);
  append_quoted (out, prefix, value, special);
}

/* A text cell. Every CSV writer goes through here or through livc_csv_write_table, which
 * neutralise formulas and isolate bidirectional controls alike (append_text). */
void
livc_csv_append_field (GString    *out,
                       const char *value)
{
  if (value == NULL)
    return;
  append_text (out, value, DEFAULT_SPECIAL);
}

/* A number the app computed itself: written as is, so that "-2" stays a number. */
void
livc_csv_append_number (GString    *out,
                        const char *value)
{
  if (value == NULL)
    return;
  append_quoted (out, "", value, DEFAULT_SPECIAL);
}

/* Fields are text cells, except those whose bit is set in numbers (bit i for field i). */
void
livc_csv_append_row (GString            *out,
                     const char * const *fields,
                     guint               numbers)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      if (i < 32 && (numbers & (1u << i)) != 0)
        livc_csv_append_number (out, fields[i]);
      else
        livc_csv_append_field (out, fields[i]);
    }
  g_string_append_c (out, '\n');
}

/* The shortest decimal that reads back as the same double, without an exponent where
 * one is not needed: 0.001 stays 0.001 and 0.125 stays 0.125, so that a score can be
 * recomputed from the file. */
char *
livc_csv_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  if (value == 0)
    return g_strdup ("0"); /* no "-0" */
  for (guint decimals = 0; decimals <= 20; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%uf", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return g_strdup (buf);
    }
  for (guint digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%ug", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

/* One decimal, half away from zero; empty for no score. */
char *
livc_csv_format_score (double score)
{
  if (isnan (score))
    return g_strdup ("");
  return livc_format_decimal (score, 1);
}

static void
append_score_row (GString               *out,
                  const char            *id,
                  const LivcDomainScore *ds)
{
  g_autofree char *score = livc_csv_format_score (ds->score);

  livc_csv_append_field (out, id);
  g_string_append_c (out, ',');
  livc_csv_append_number (out, score);
  g_string_append_c (out, ',');
  livc_csv_append_field (out, ds->stage ? livc_stage_get_id (ds->stage) : "");
  g_string_append_printf (out, ",%u,%u,%u,%u,%u\n", ds->rated, ds->answered, ds->items,
                          ds->alerts, ds->to_discuss);
}

void
livc_csv_write_scores (GString      *out,
                       LivcScoreSet *scores)
{
  guint n = livc_score_set_get_n_domains (scores);

  g_string_append (out, "domain,score,stage,rated,answered,items,alerts,to_discuss\n");
  for (guint i = 0; i < n; i++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, i);
      append_score_row (out, livc_domain_get_id (ds->domain), ds);
    }
  append_score_row (out, "overall", livc_score_set_get_overall (scores));
}

/* Writes the rows of a table, each cell as its kind says: text neutralised against
 * formulas, numbers and dates as they are. */
static void
write_rows (GString        *out,
            LivcTable      *table,
            LivcCsvDialect  dialect)
{
  gboolean excel = dialect == LIVC_CSV_DIALECT_EXCEL;
  const char *special = excel ? EXCEL_SPECIAL : DEFAULT_SPECIAL;
  guint n_columns = livc_table_get_n_columns (table);

  for (guint r = 0; r < livc_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          const LivcCell *cell = livc_table_get_cell (table, r, c);

          if (c > 0)
            g_string_append_c (out, excel ? ';' : ',');
          if (cell->kind == LIVC_CELL_TEXT)
            append_text (out, cell->text, special);
          else
            append_quoted (out, "", cell->text, special);
        }
      g_string_append (out, excel ? "\r\n" : "\n");
    }
}

/* A table as CSV: its column ids as the header, then its rows. The default dialect is the
 * contract of cli.md; the excel dialect is what a spreadsheet set to a comma-decimal
 * locale opens without an import dialog: ';' between cells, a UTF-8 byte-order mark and
 * CRLF line ends (numbers keep their '.', whatever the locale). */
void
livc_csv_write_table (GString        *out,
                      LivcTable      *table,
                      LivcCsvDialect  dialect)
{
  gboolean excel = dialect == LIVC_CSV_DIALECT_EXCEL;

  if (excel)
    g_string_append (out, "\xef\xbb\xbf");
  for (guint c = 0; c < livc_table_get_n_columns (table); c++)
    {
      if (c > 0)
        g_string_append_c (out, excel ? ';' : ',');
      g_string_append (out, livc_table_get_id (table, c));
    }
  g_string_append (out, excel ? "\r\n" : "\n");
  write_rows (out, table, dialect);
}

/* A spreadsheet's texts are in one language: the first of a pair such as nl+fr. */
static LivcTable *
add_table (LivcSheet          *sheet,
           const char         *name_id,
           const char * const *ids,
           const char         *lang)
{
  g_autofree char *one = g_strndup (lang, strcspn (lang, "+"));
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *text_id = g_strdup_printf ("column-%s", ids[i]);

      g_ptr_array_add (headers, g_strdup (livc_report_text (text_id, one)));
    }
  g_ptr_array_add (headers, NULL);
  return livc_sheet_add_table (sheet, livc_report_text (name_id, one), ids,
                               (const char * const *) headers->pdata);
}

static const char * const export_ids[] = {
  "file", "municipality", "date", "domain", "item", "basis", "weight", "value", "participant",
  "note", NULL
};

static const char * const compare_ids[] = {
  "file", "municipality", "date", "domain", "score", "stage", NULL
};

static const char * const actions_ids[] = {
  "file", "municipality", "date", "number", "action", "domain", "item", "owner", "due",
  "status", "overdue", NULL
};

static void
write_header (GString            *out,
              const char * const *ids)
{
  g_autofree char *line = g_strjoinv (",", (char **) ids);

  g_string_append_printf (out, "%s\n", line);
}

LivcTable *
livc_csv_add_export_table (LivcSheet  *sheet,
                           const char *lang)
{
  return add_table (sheet, "sheet-answers", export_ids, lang);
}

static void
add_export_row (LivcTable  *table,
                const char *file,
                const char *municipality,
                const char *date,
                const char *domain,
                const char *item,
                const char *basis,
                const char *weight,
                const char *value,
                const char *participant,
                const char *note)
{
  livc_table_add_text (table, file);
  livc_table_add_text (table, municipality);
  livc_table_add_date (table, date);
  livc_table_add_text (table, domain);
  livc_table_add_text (table, item);
  livc_table_add_text (table, basis);
  livc_table_add_number (table, weight);
  /* A value may be negative on a scale that goes below zero; "na" and "unknown" stay
   * text. */
  livc_table_add_number (table, value);
  livc_table_add_text (table, participant);
  livc_table_add_text (table, note);
}

/* One row per answer, plus one per individual rating with the participant set. Items
 * the questionnaire does not know keep their rows, with domain, basis and weight empty. */
void
livc_csv_add_export_rows (LivcTable         *table,
                          const char        *file,
                          LivcAssessment    *assessment,
                          LivcQuestionnaire *questionnaire)
{
  g_autofree char *municipality = livc_assessment_dup_municipality_names (assessment, "; ");
  const char *date = livc_assessment_get_date (assessment);
  GListModel *answers = livc_assessment_get_answers (assessment);
  guint n = g_list_model_get_n_items (answers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);
      const char *item_id = livc_answer_get_item_id (answer);
      LivcItem *item = questionnaire ? livc_questionnaire_find_item (questionnaire, item_id)
                                     : NULL;
      const char *domain = item ? livc_domain_get_id (livc_item_get_domain (item)) : "";
      const char *basis = item == NULL ? ""
                          : livc_item_get_basis (item) == LIVC_BASIS_LEGAL ? "legal"
                          : "practice";
      /* Weights as exact as the questionnaire gives them: 1, 2, 0.5, 0.001. */
      g_autofree char *weight = item ? livc_csv_format_number (livc_item_get_weight (item))
                                     : g_strdup ("");
      g_autofree char *value = livc_value_to_string (livc_answer_get_value (answer));

      add_export_row (table, file, municipality, date, domain, item_id, basis, weight, value,
                      "", livc_answer_get_note (answer));
      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          g_autofree char *rvalue = livc_value_to_string (rating->value);

          add_export_row (table, file, municipality, date, domain, item_id, basis, weight,
                          rvalue, rating->participant, "");
        }
    }
}

void
livc_csv_write_export_header (GString *out)
{
  write_header (out, export_ids);
}

void
livc_csv_write_export (GString           *out,
                       const char        *file,
                       LivcAssessment    *assessment,
                       LivcQuestionnaire *questionnaire)
{
  g_autoptr(LivcSheet) sheet = livc_sheet_new ();
  LivcTable *table = livc_csv_add_export_table (sheet, "en");

  livc_csv_add_export_rows (table, file, assessment, questionnaire);
  write_rows (out, table, LIVC_CSV_DIALECT_DEFAULT);
}

LivcTable *
livc_csv_add_compare_table (LivcSheet  *sheet,
                            const char *lang)
{
  return add_table (sheet, "sheet-comparison", compare_ids, lang);
}

/* One row per domain of one assessment, in questionnaire order. */
void
livc_csv_add_compare_rows (LivcTable    *table,
                           const char   *file,
                           LivcScoreSet *scores)
{
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  g_autofree char *municipality = livc_assessment_dup_municipality_names (a, "; ");

  for (guint d = 0; d < livc_score_set_get_n_domains (scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, d);
      g_autofree char *score = livc_csv_format_score (ds->score);

      livc_table_add_text (table, file);
      livc_table_add_text (table, municipality);
      livc_table_add_date (table, livc_assessment_get_date (a));
      livc_table_add_text (table, livc_domain_get_id (ds->domain));
      livc_table_add_number (table, score);
      livc_table_add_text (table, ds->stage ? livc_stage_get_id (ds->stage) : "");
    }
}

void
livc_csv_write_compare_header (GString *out)
{
  write_header (out, compare_ids);
}

void
livc_csv_write_compare (GString      *out,
                        const char   *file,
                        LivcScoreSet *scores)
{
  g_autoptr(LivcSheet) sheet = livc_sheet_new ();
  LivcTable *table = livc_csv_add_compare_table (sheet, "en");

  livc_csv_add_compare_rows (table, file, scores);
  write_rows (out, table, LIVC_CSV_DIALECT_DEFAULT);
}

LivcTable *
livc_csv_add_actions_table (LivcSheet  *sheet,
                            const char *lang)
{
  return add_table (sheet, "sheet-actions", actions_ids, lang);
}

/* One row per action of the plan, in file order, numbered from 1. An action is overdue
 * when it is open or under way and its due date is before today (YYYY-MM-DD). */
void
livc_csv_add_actions_rows (LivcTable         *table,
                           const char        *file,
                           LivcAssessment    *assessment,
                           LivcQuestionnaire *questionnaire,
                           const char        *today)
{
  g_autofree char *municipality = livc_assessment_dup_municipality_names (assessment, "; ");
  GListModel *actions = livc_assessment_get_actions (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      const char *item_id = livc_action_get_item_id (action);
      const char *domain = livc_action_get_domain_id (action);
      const char *due = livc_action_get_due (action);
      LivcActionStatus status = livc_action_get_status (action);
      LivcItem *item = questionnaire && item_id
                       ? livc_questionnaire_find_item (questionnaire, item_id) : NULL;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *item_number = item ? livc_item_dup_number (item) : g_strdup (item_id);
      gboolean overdue = (status == LIVC_ACTION_OPEN || status == LIVC_ACTION_DOING) &&
                         due != NULL && livc_date_is_valid (due) && strcmp (due, today) < 0;

      if (domain == NULL && item != NULL)
        domain = livc_domain_get_id (livc_item_get_domain (item));
      livc_table_add_text (table, file);
      livc_table_add_text (table, municipality);
      livc_table_add_date (table, livc_assessment_get_date (assessment));
      livc_table_add_number (table, number);
      livc_table_add_text (table, livc_action_get_text (action));
      livc_table_add_text (table, domain);
      livc_table_add_text (table, item_number);
      livc_table_add_text (table, livc_action_get_owner (action));
      livc_table_add_date (table, due);
      livc_table_add_text (table, livc_action_status_to_string (status));
      livc_table_add_text (table, overdue ? "yes" : "no");
    }
}
