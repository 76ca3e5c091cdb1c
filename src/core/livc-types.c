/* livc-types.c: value encodings, identifiers, dates, rounding and translated text.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "livc-types.h"

gboolean
livc_value_parse (const char *str,
                  int        *value)
{
  const char *p;
  gint64 v;
  char *end = NULL;

  g_return_val_if_fail (value != NULL, FALSE);

  if (str == NULL)
    return FALSE;
  if (strcmp (str, "na") == 0)
    {
      *value = LIVC_VALUE_NA;
      return TRUE;
    }
  if (strcmp (str, "unknown") == 0)
    {
      *value = LIVC_VALUE_UNKNOWN;
      return TRUE;
    }

  /* Plain integers only: no spaces, no plus sign, no leading zeros games beyond what
   * the integer type allows. */
  p = str;
  if (*p == '-')
    p++;
  if (*p == '\0')
    return FALSE;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (strlen (str) > 10)
    return FALSE;
  v = g_ascii_strtoll (str, &end, 10);
  if (v <= (gint64) LIVC_VALUE_UNKNOWN + 1000 || v > G_MAXINT - 1000)
    return FALSE;
  *value = (int) v;
  return TRUE;
}

char *
livc_value_to_string (int value)
{
  if (value == LIVC_VALUE_NA)
    return g_strdup ("na");
  if (value == LIVC_VALUE_UNKNOWN)
    return g_strdup ("unknown");
  if (value == LIVC_VALUE_NONE)
    return g_strdup ("");
  return g_strdup_printf ("%d", value);
}

gboolean
livc_id_is_valid (const char *id)
{
  gsize len;

  if (id == NULL)
    return FALSE;
  len = strlen (id);
  if (len < 1 || len > 64)
    return FALSE;
  if (!(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    {
      char c = id[i];
      if (!(g_ascii_islower (c) || g_ascii_isdigit (c) || c == '.' || c == '_' || c == '-'))
        return FALSE;
    }
  return TRUE;
}

gboolean
livc_date_is_valid (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || strlen (iso_date) != 10)
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (iso_date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (iso_date[i]))
        return FALSE;
    }
  y = atoi (iso_date);
  m = atoi (iso_date + 5);
  d = atoi (iso_date + 8);
  if (y < 1 || m < 1 || m > 12 || d < 1)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* Reads up to max_digits digits (at least one) at *p, moving past them. */
static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *number)
{
  guint n = 0;

  *number = 0;
  while (n < max_digits && g_ascii_isdigit ((*p)[0]))
    {
      *number = *number * 10 + ((*p)[0] - '0');
      (*p)++;
      n++;
    }
  return n >= min_digits && !g_ascii_isdigit ((*p)[0]);
}

/* A date as people type it, as ISO 8601 (newly allocated), or NULL when it is not a date
 * of the calendar: ISO (2026-11-22, also 2026-11-2) or day, month and year the Belgian
 * way (22/11/2026, 22-11-2026, 22.11.2026, 2/3/2027), the same separator twice and a year
 * of four digits. Spaces around it do not count. */
char *
livc_date_parse (const char *text)
{
  g_autofree char *copy = NULL;
  const char *p;
  int a, b, c, y, m, d;
  gboolean year_first;
  char sep;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  p = copy;
  if (!read_number (&p, 1, 4, &a))
    return NULL;
  sep = *p;
  if (sep != '-' && sep != '/' && sep != '.')
    return NULL;
  p++;
  year_first = p - copy == 5;
  if (!read_number (&p, 1, 2, &b) || *p != sep)
    return NULL;
  p++;
  if (sep == '-' && year_first)
    {
      /* ISO: a year of four digits first (not a day before a month of two digits). */
      if (!read_number (&p, 1, 2, &c) || *p != '\0')
        return NULL;
      y = a, m = b, d = c;
    }
  else
    {
      if (a > 99 || !read_number (&p, 4, 4, &c) || *p != '\0')
        return NULL;
      d = a, m = b, y = c;
    }
  if (y < 1 || m < 1 || m > 12 || d < 1 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* Printed figures round half away from zero. Scores come from sums of fractions, so a
 * value a person computes as x.x5 may be stored a hair below it: a tiny tolerance keeps
 * the printed figure equal to the hand computation. */
double
livc_round_half_away (double value,
                      guint  decimals)
{
  double scale = pow (10.0, decimals);
  double magnitude = floor (fabs (value) * scale + 0.5 + 1e-9) / scale;

  return value < 0 ? -magnitude : magnitude;
}

char *
livc_format_decimal (double value,
                     guint  decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  double r = livc_round_half_away (value, decimals);

  if (r == 0)
    r = 0; /* no "-0.0" */
  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 9u));
  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, r));
}

static gboolean
is_unwritable (gunichar c)
{
  /* Control characters XML 1.0 cannot hold at all, and the Unicode noncharacters
   * (U+FDD0–U+FDEF, U+xFFFE and U+xFFFF in every plane), which XML allows but cairo
   * refuses: a PDF page stops being drawn where one stands. */
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* Text as the files and reports can hold it: invalid UTF-8, control characters other than
 * tab and line breaks, and noncharacters each become U+FFFD, the replacement character.
 * Every text of an assessment passes here, from a file or typed in the app, so that a
 * note pasted with a stray control character still saves to a file that opens again. */
char *
livc_text_sanitize (const char *text)
{
  g_autofree char *valid = NULL;
  const char *p;
  GString *out;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_unwritable (g_utf8_get_char (p)))
      break;
  if (*p == '\0')
    return valid != NULL ? g_steal_pointer (&valid) : g_strdup (text);
  out = g_string_new_len (text, p - text);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, is_unwritable (c) ? 0xFFFD : c);
    }
  return g_string_free (out, FALSE);
}

/* Bidirectional controls: what livc_text_isolate () pairs. */
#define BIDI_LRE 0x202A
#define BIDI_RLE 0x202B
#define BIDI_PDF 0x202C
#define BIDI_LRO 0x202D
#define BIDI_RLO 0x202E
#define BIDI_LRI 0x2066
#define BIDI_RLI 0x2067
#define BIDI_FSI 0x2068
#define BIDI_PDI 0x2069

/* Where the Unicode bidirectional algorithm starts a new paragraph, and so forgets every
 * embedding and isolate. */
static gboolean
is_paragraph_separator (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029 || c == 0x85 || (c >= 0x1C && c <= 0x1E);
}

/* Closes, innermost first, what is still open in a paragraph. */
static void
close_open_controls (GString *out,
                     GArray  *open)
{
  while (open->len > 0)
    {
      g_string_append_unichar (out, g_array_index (open, gunichar, open->len - 1) == BIDI_FSI
                                      ? BIDI_PDI : BIDI_PDF);
      g_array_set_size (open, open->len - 1);
    }
}

/* A text from a file, ready to stand among other words: each of its paragraphs becomes one
 * isolate (FSI … PDI) whose direction is that of its first strong character, and in
 * which every embedding, override and isolate it opens is closed, while closers that
 * close nothing are dropped. Without it a lone U+202E RIGHT-TO-LEFT OVERRIDE in a name
 * turns the rest of its line backwards, the report's own words included. NULL for NULL;
 * an empty text stays empty. */
char *
livc_text_isolate (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) open = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  if (*text == '\0')
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  open = g_array_new (FALSE, FALSE, sizeof (gunichar));
  out = g_string_sized_new (strlen (text) + 8);
  g_string_append_unichar (out, BIDI_FSI);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case BIDI_LRE:
        case BIDI_RLE:
        case BIDI_LRO:
        case BIDI_RLO:
          g_array_append_val (open, c);
          g_string_append_unichar (out, c);
          break;

        case BIDI_LRI:
        case BIDI_RLI:
        case BIDI_FSI:
          {
            gunichar isolate = BIDI_FSI; /* any isolate: they all close with a PDI */

            g_array_append_val (open, isolate);
            g_string_append_unichar (out, c);
          }
          break;

        case BIDI_PDF:
          /* Closes the innermost embedding, unless an isolate opened since. */
          if (open->len > 0 && g_array_index (open, gunichar, open->len - 1) != BIDI_FSI)
            {
              g_array_set_size (open, open->len - 1);
              g_string_append_unichar (out, c);
            }
          break;

        case BIDI_PDI:
          /* Closes the innermost isolate and the embeddings opened inside it. */
          for (guint i = open->len; i > 0; i--)
            if (g_array_index (open, gunichar, i - 1) == BIDI_FSI)
              {
                g_array_set_size (open, i - 1);
                g_string_append_unichar (out, c);
                break;
              }
          break;

        default:
          if (is_paragraph_separator (c))
            {
              close_open_controls (out, open);
              g_string_append_unichar (out, BIDI_PDI);
              g_string_append_unichar (out, c);
              if (c == '\r' && p[1] == '\n')
                g_string_append_c (out, *++p);
              g_string_append_unichar (out, BIDI_FSI);
            }
          else
            g_string_append_unichar (out, c);
          break;
        }
    }
  close_open_controls (out, open);
  g_string_append_unichar (out, BIDI_PDI);
  return g_string_free (out, FALSE);
}

/* The locale's messages language if it is one the questionnaires speak, else English. */
const char *
livc_default_lang (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "fr"))
        return "fr";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "en";
}

/* Versions compare segment by segment; digit runs compare as numbers, so that
 * 2026.10 is newer than 2026.9. */
int
livc_version_compare (const char *a,
                      const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *sa = a, *sb = b;
          gsize la, lb;
          int c;

          while (*sa == '0' && g_ascii_isdigit (sa[1]))
            sa++;
          while (*sb == '0' && g_ascii_isdigit (sb[1]))
            sb++;
          for (a = sa; g_ascii_isdigit (*a); a++)
            ;
          for (b = sb; g_ascii_isdigit (*b); b++)
            ;
          la = (gsize) (a - sa);
          lb = (gsize) (b - sb);
          if (la != lb)
            return la < lb ? -1 : 1;
          c = strncmp (sa, sb, la);
          if (c != 0)
            return c < 0 ? -1 : 1;
        }
      else
        {
          if (*a != *b)
            return (guchar) *a < (guchar) *b ? -1 : 1;
          a++;
          b++;
        }
    }
  if (*a == *b)
    return 0;
  return *a == '\0' ? -1 : 1;
}

static const char *status_names[] = { "open", "doing", "done", "dropped" };

const char *
livc_action_status_to_string (LivcActionStatus status)
{
  g_return_val_if_fail (status <= LIVC_ACTION_DROPPED, "open");
  return status_names[status];
}

gboolean
livc_action_status_parse (const char       *str,
                          LivcActionStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (str, status_names[i]) == 0)
      {
        *status = (LivcActionStatus) i;
        return TRUE;
      }
  return FALSE;
}

struct _LivcText
{
  gatomicrefcount ref_count;
  GPtrArray *langs;  /* char*, parallel to values */
  GPtrArray *values; /* char* */
  int        line;   /* of the first element, for messages */
};

LivcText *
livc_text_new (void)
{
  LivcText *text = g_new0 (LivcText, 1);

  g_atomic_ref_count_init (&text->ref_count);
  text->langs = g_ptr_array_new_with_free_func (g_free);
  text->values = g_ptr_array_new_with_free_func (g_free);
  return text;
}

LivcText *
livc_text_ref (LivcText *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_atomic_ref_count_inc (&text->ref_count);
  return text;
}

void
livc_text_unref (LivcText *text)
{
  if (text == NULL)
    return;
  if (g_atomic_ref_count_dec (&text->ref_count))
    {
      g_ptr_array_unref (text->langs);
      g_ptr_array_unref (text->values);
      g_free (text);
    }
}

void
livc_text_set (LivcText   *text,
               const char *lang,
               const char *value)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (lang != NULL);

  for (guint i = 0; i < text->langs->len; i++)
    if (strcmp (g_ptr_array_index (text->langs, i), lang) == 0)
      {
        g_free (text->values->pdata[i]);
        text->values->pdata[i] = g_strdup (value ? value : "");
        return;
      }
  g_ptr_array_add (text->langs, g_strdup (lang));
  g_ptr_array_add (text->values, g_strdup (value ? value : ""));
}

const char *
livc_text_get_exact (const LivcText *text,
                     const char     *lang)
{
  if (text == NULL || lang == NULL)
    return NULL;
  for (guint i = 0; i < text->langs->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (text->langs, i), lang) == 0)
      return g_ptr_array_index (text->values, i);
  return NULL;
}

/* The lookup order of the format: the language asked for, the questionnaire's source
 * language, English, then whatever comes first. */
const char *
livc_text_lookup (const LivcText *text,
                  const char     *lang,
                  const char     *source_lang)
{
  const char *s;

  if (text == NULL || text->values->len == 0)
    return NULL;
  if ((s = livc_text_get_exact (text, lang)) != NULL)
    return s;
  if ((s = livc_text_get_exact (text, source_lang)) != NULL)
    return s;
  if ((s = livc_text_get_exact (text, "en")) != NULL)
    return s;
  return g_ptr_array_index (text->values, 0);
}

guint
livc_text_get_n_langs (const LivcText *text)
{
  return text != NULL ? text->langs->len : 0;
}

const char *
livc_text_get_lang (const LivcText *text,
                    guint           index)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (index < text->langs->len, NULL);
  return g_ptr_array_index (text->langs, index);
}

gboolean
livc_text_is_empty (const LivcText *text)
{
  return text == NULL || text->values->len == 0;
}

void
livc_text_set_line (LivcText *text,
                    int       line)
{
  g_return_if_fail (text != NULL);
  if (text->line == 0)
    text->line = line;
}

int
livc_text_get_line (const LivcText *text)
{
  return text != NULL ? text->line : 0;
}
