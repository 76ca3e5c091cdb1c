/* livc-report-text.c: the reports' wording, read once from report-texts.xml (nl, fr, en:
 * the report's language is chosen at export, never gettext's), and dates, percentages and
 * numbers as each language writes them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "livc-report-private.h"
#include "livc-catalog.h"
#include "livc-xml.h"

static GHashTable *
report_texts (void)
{
  static gsize once = 0;
  static GHashTable *texts;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlDoc *doc;

      livc_core_init ();
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) livc_text_unref);
      bytes = g_resources_lookup_data ("/be/livcscan/report/report-texts.xml", 0, NULL);
      g_assert (bytes != NULL);
      doc = livc_xml_read_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "report-texts.xml", NULL, NULL);
      g_assert (doc != NULL);
      for (xmlNode *t = xmlDocGetRootElement (doc)->children; t != NULL; t = t->next)
        {
          LivcText *text;

          if (t->type != XML_ELEMENT_NODE)
            continue;
          text = livc_text_new ();
          for (xmlNode *l = t->children; l != NULL; l = l->next)
            if (l->type == XML_ELEMENT_NODE)
              {
                g_autofree char *value = livc_xml_text (l);
                livc_text_set (text, (const char *) l->name, value);
              }
          g_hash_table_insert (texts, livc_xml_prop (t, "id"), text);
        }
      xmlFreeDoc (doc);
      g_once_init_leave (&once, 1);
    }
  return texts;
}

const char *
livc_report_text (const char *id,
                  const char *lang)
{
  LivcText *text = g_hash_table_lookup (report_texts (), id);

  g_return_val_if_fail (text != NULL, id);
  return livc_text_lookup (text, lang, "en");
}

/* The text id in lang, or NULL when the report has no such text. */
const char *
_livc_report_text_find (const char *id,
                        const char *lang)
{
  LivcText *text = g_hash_table_lookup (report_texts (), id);

  return text != NULL ? livc_text_lookup (text, lang, "en") : NULL;
}

/* "21 november 2026", "21 novembre 2026", "21 November 2026". */
char *
livc_format_date (const char *iso_date,
                  const char *lang)
{
  g_auto(GStrv) months = NULL;
  int y, m, d;

  if (!livc_date_is_valid (iso_date))
    return g_strdup (iso_date ? iso_date : "");
  y = atoi (iso_date);
  m = atoi (iso_date + 5);
  d = atoi (iso_date + 8);
  months = g_strsplit (livc_report_text ("months", lang), " ", 12);
  if (g_strv_length (months) != 12)
    return g_strdup (iso_date);
  if (g_strcmp0 (lang, "fr") == 0 && d == 1)
    return g_strdup_printf ("1er %s %d", months[m - 1], y);
  return g_strdup_printf ("%d %s %d", d, months[m - 1], y);
}

/* Percentages are printed as integers, half away from zero; French puts a (narrow)
 * no-break space before the sign, Dutch and English none. */
char *
livc_format_percent (double      value,
                     const char *lang)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("—");
  number = livc_format_decimal (value, 0);
  if (g_strcmp0 (lang, "fr") == 0)
    return g_strdup_printf ("%s\u202f%%", number);
  return g_strdup_printf ("%s%%", number);
}

gboolean
livc_report_lang_is_valid (const char *lang)
{
  return g_strcmp0 (lang, "nl") == 0 || g_strcmp0 (lang, "fr") == 0 ||
         g_strcmp0 (lang, "en") == 0 || g_strcmp0 (lang, "nl+fr") == 0;
}

/* Report texts are data, never printf formats: their %d and %u take first and second in
 * turn (twice over in a bilingual text). */
char *
_livc_report_fill_numbers (const char *template,
                           guint       first,
                           guint       second)
{
  GString *s = g_string_new (NULL);
  guint used = 0;

  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'd' || p[1] == 'u'))
        {
          g_string_append_printf (s, "%u", used++ % 2 == 0 ? first : second);
          p++;
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* A fixed text in each of langs, "nl / fr" for two. */
char *
_livc_report_texts_joined (const char         *id,
                           const char * const *langs,
                           guint               n_langs)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < n_langs; c++)
    g_string_append_printf (s, "%s%s", c > 0 ? " / " : "", livc_report_text (id, langs[c]));
  return g_string_free (s, FALSE);
}

/* The template with each "{key}" of keys (NULL-terminated) replaced by the value at the
 * same index; a report text names what it needs, in whatever order its language wants. */
char *
_livc_report_fill (const char         *template,
                   const char * const *keys,
                   const char * const *values)
{
  GString *s = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++)
    {
      gboolean done = FALSE;

      if (*p == '{')
        for (guint k = 0; keys[k] != NULL && !done; k++)
          {
            gsize n = strlen (keys[k]);

            if (strncmp (p + 1, keys[k], n) == 0 && p[1 + n] == '}')
              {
                g_string_append (s, values[k] != NULL ? values[k] : "");
                p += n + 1;
                done = TRUE;
              }
          }
      if (!done)
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* A report text as French typography wants it, in a French column: a narrow no-break space
 * before ":", ";", "?" and "!" (in place of a space typed there, or added after a word, but
 * not inside a text from a file, isolated, where a colon may be a time or a reference),
 * and the typographic apostrophe. Other languages' texts are returned as they are. */
char *
_livc_report_typeset (const char *text,
                      const char *lang)
{
  GString *s;
  guint depth = 0;

  if (g_strcmp0 (lang, "fr") != 0 || text == NULL)
    return g_strdup (text);
  s = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if (c == 0x2066 || c == 0x2067 || c == 0x2068)
        depth++;
      else if (c == 0x2069 && depth > 0)
        depth--;
      if (c == '\'')
        {
          g_string_append (s, "\u2019");
          continue;
        }
      if (c == ':' || c == ';' || c == '?' || c == '!')
        {
          gboolean spaced = s->len > 0 && (s->str[s->len - 1] == ' ');
          gboolean after_word = s->len > 0 && !spaced && !g_str_has_suffix (s->str, "\u202f") &&
                                !g_str_has_suffix (s->str, "\u00a0") && s->str[s->len - 1] != '\n';

          if (spaced || g_str_has_suffix (s->str, "\u00a0"))
            {
              g_string_truncate (s, s->len - (spaced ? 1 : strlen ("\u00a0")));
              g_string_append (s, "\u202f");
            }
          else if (after_word && depth == 0 && (next == ' ' || next == '\n' || next == 0))
            g_string_append (s, "\u202f");
        }
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Why a conditional domain is not asked, in lang ("Not asked: the team answered 0 — No to
 * item 1.1."), or NULL when it is asked. */
char *
livc_report_dup_domain_absence (LivcScoreSet *scores,
                                guint         domain_index,
                                const char   *lang)
{
  static const char * const keys[] = { "answer", "number", NULL };
  const LivcDomainScore *ds;
  LivcItem *gate;
  LivcScale *scale;
  g_autofree char *number = NULL;
  g_autofree char *answer = NULL;
  const char *values[3] = { NULL, NULL, NULL };
  int index;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), NULL);
  g_return_val_if_fail (domain_index < livc_score_set_get_n_domains (scores), NULL);

  ds = livc_score_set_get_domain (scores, domain_index);
  if (ds->state == LIVC_DOMAIN_ASKED)
    return NULL;
  gate = livc_domain_get_when_item (ds->domain);
  scale = livc_item_get_scale (gate);
  number = livc_item_dup_number (gate);
  index = LIVC_VALUE_IS_LEVEL (ds->gate_value) ? livc_scale_find_level (scale, ds->gate_value)
                                               : -1;
  if (ds->gate_value == LIVC_VALUE_NA)
    answer = g_strdup (livc_report_text ("not-applicable", lang));
  else if (index >= 0)
    answer = g_strdup_printf ("%d — %s", ds->gate_value,
                              livc_questionnaire_lookup (livc_score_set_get_questionnaire (scores),
                                                         livc_scale_get_level (scale,
                                                                               index)->label,
                                                         lang));
  values[0] = answer;
  values[1] = number;
  return _livc_report_fill (livc_report_text (ds->state == LIVC_DOMAIN_GATE_NOT_MET
                                              ? "domain-not-asked" : "domain-not-asked-yet",
                                              lang),
                            keys, values);
}
