/* livc-csv.c: RFC 4180 CSV with '.' decimals whatever the locale, rows as cli.md says.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-csv.h"

/* Writes a cell as RFC 4180 wants it, quoted when it holds a separator, a quote or a
 * line break. */
static void
append_quoted (GString    *out,
               const char *prefix,
               const char *value)
{
  if (*prefix == '\0' && strpbrk (value, ",\"\r\n") == NULL)
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

/* A text cell. Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a
 * formula (a municipality named =HYPERLINK(…) or =cmd|…), so such a text gets a leading
 * single quote and is quoted, as OWASP advises; every CSV writer goes through here. */
void
livc_csv_append_field (GString    *out,
                       const char *value)
{
  if (value == NULL)
    return;
  append_quoted (out, strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0' ? "'" : "",
                 value);
}

/* A number the app computed itself: written as is, so that "-2" stays a number. */
void
livc_csv_append_number (GString    *out,
                        const char *value)
{
  if (value == NULL)
    return;
  append_quoted (out, "", value);
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

/* weight (6) and value (7) are numbers; a value may be negative on a scale that goes
 * below zero, and "na" or "unknown" never starts with a formula character. */
#define EXPORT_NUMBERS ((1u << 6) | (1u << 7))

void
livc_csv_write_export_header (GString *out)
{
  g_string_append (out, "file,municipality,date,domain,item,basis,weight,value,participant,note\n");
}

/* One row per answer, plus one per individual rating with the participant set. Items
 * the questionnaire does not know keep their rows, with domain, basis and weight empty. */
void
livc_csv_write_export (GString           *out,
                       const char        *file,
                       LivcAssessment    *assessment,
                       LivcQuestionnaire *questionnaire)
{
  g_autofree char *municipality = livc_assessment_dup_municipality_names (assessment, "; ");
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
      const char *row[] = { file, municipality, livc_assessment_get_date (assessment), domain,
                            livc_answer_get_item_id (answer), basis, weight, value, "",
                            livc_answer_get_note (answer) ? livc_answer_get_note (answer) : "",
                            NULL };

      livc_csv_append_row (out, row, EXPORT_NUMBERS);
      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          g_autofree char *rvalue = livc_value_to_string (rating->value);
          const char *rrow[] = { file, municipality, livc_assessment_get_date (assessment), domain,
                                 livc_answer_get_item_id (answer), basis, weight, rvalue,
                                 rating->participant, "", NULL };
          livc_csv_append_row (out, rrow, EXPORT_NUMBERS);
        }
    }
}

void
livc_csv_write_compare_header (GString *out)
{
  g_string_append (out, "file,municipality,date,domain,score,stage\n");
}

/* One row per domain of one assessment, in questionnaire order. */
void
livc_csv_write_compare (GString      *out,
                        const char   *file,
                        LivcScoreSet *scores)
{
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  g_autofree char *municipality = livc_assessment_dup_municipality_names (a, "; ");

  for (guint d = 0; d < livc_score_set_get_n_domains (scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, d);
      g_autofree char *score = livc_csv_format_score (ds->score);
      const char *row[] = { file, municipality, livc_assessment_get_date (a),
                            livc_domain_get_id (ds->domain), score,
                            ds->stage ? livc_stage_get_id (ds->stage) : "", NULL };

      livc_csv_append_row (out, row, 1u << 4);
    }
}
