/* livc-report-blocks.c: the block model as the report's builders use it: a text in every
 * language column, a fixed report text, a questionnaire text, headings that enter the
 * outline and the contents, table rows and charts, appended to the report's layout.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-report-private.h"

/* A text from a file (an assessment's or a questionnaire's), isolated so that its
 * bidirectional controls cannot reorder the report's own words around it; NULL for NULL. */
const char *
_livc_report_iso (LivcReport *self,
                  const char *text)
{
  char *isolated = livc_text_isolate (text);

  if (isolated != NULL)
    g_ptr_array_add (self->isolated, isolated);
  return isolated;
}

const char *
_livc_report_q_lookup (LivcReport     *self,
                       const LivcText *text,
                       const char     *lang)
{
  return _livc_report_iso (self, livc_questionnaire_lookup (self->questionnaire, text, lang));
}


void
_livc_report_strings_clear (LivcStrings *strings)
{
  for (guint i = 0; i < MAX_COLS; i++)
    g_clear_pointer (&strings->s[i], g_free);
}


/* A fixed text in every language of the report, "nl / fr" in a bilingual one. */
char *
_livc_report_label_all (LivcReport *self,
                        const char *id)
{
  return _livc_report_texts_joined (id, (const char * const *) self->langs, self->n_cols);
}

LivcBlock *
_livc_report_add_block (LivcReport    *self,
                        LivcBlockKind  kind,
                        LivcStyle      style)
{
  return livc_layout_add_block (self->layout, kind, style);
}

/* A text in every column: texts[i] is the text in self->langs[i]. */
LivcBlock *
_livc_report_add_texts (LivcReport         *self,
                        LivcStyle           style,
                        const char * const *texts)
{
  LivcBlock *b = _livc_report_add_block (self, LIVC_BLOCK_TEXT, style);

  for (guint i = 0; i < self->n_cols; i++)
    b->text[i] = _livc_report_typeset (texts[i] ? texts[i] : "", self->langs[i]);
  return b;
}

/* A fixed report text, in every column. */
LivcBlock *
_livc_report_add_label (LivcReport *self,
                        LivcStyle   style,
                        const char *id)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = livc_report_text (id, self->langs[i]);
  return _livc_report_add_texts (self, style, texts);
}

/* A questionnaire text, in every column. */
LivcBlock *
_livc_report_add_q_text (LivcReport     *self,
                         LivcStyle       style,
                         const LivcText *text)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = _livc_report_q_lookup (self, text, self->langs[i]);
  return _livc_report_add_texts (self, style, texts);
}

/* The same text (a name, a note) across the columns. */
LivcBlock *
_livc_report_add_plain (LivcReport *self,
                        LivcStyle   style,
                        const char *text)
{
  LivcBlock *b = _livc_report_add_block (self, LIVC_BLOCK_TEXT, style);

  /* Across the columns of a bilingual report the text is the same, in neither language. */
  b->text[0] = _livc_report_typeset (text ? text : "", self->n_cols == 1 ? self->langs[0] : NULL);
  return b;
}

void
_livc_report_add_space (LivcReport *self,
                        double      height)
{
  _livc_report_add_block (self, LIVC_BLOCK_SPACE, LIVC_STYLE_BODY)->space = height;
}

/* A heading in the outline and the contents: texts[i] in self->langs[i]. */
void
_livc_report_add_heading_texts (LivcReport         *self,
                                LivcStyle           style,
                                const char * const *texts,
                                int                 level)
{
  LivcBlock *b = _livc_report_add_texts (self, style, texts);
  g_autoptr(GString) title = g_string_new (NULL);
  LivcEntry entry = { 0 };

  b->anchor = g_strdup_printf ("s%u", self->layout->entries->len + 1);
  b->outline_level = level;
  b->space = level == 1 ? 6 : 4;
  for (guint i = 0; i < self->n_cols; i++)
    {
      if (i > 0)
        g_string_append (title, " · ");
      g_string_append (title, b->text[i]);
    }
  entry.title = g_string_free (g_steal_pointer (&title), FALSE);
  for (guint i = 0; i < self->n_cols; i++)
    entry.parts[i] = g_strdup (b->text[i]);
  entry.anchor = g_strdup (b->anchor);
  entry.level = level;
  g_array_append_val (self->layout->entries, entry);
}

void
_livc_report_add_heading (LivcReport     *self,
                          LivcStyle       style,
                          const char     *id,
                          const LivcText *qtext,
                          int             level)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = qtext != NULL ? _livc_report_q_lookup (self, qtext, self->langs[i])
                             : livc_report_text (id, self->langs[i]);
  _livc_report_add_heading_texts (self, style, texts, level);
}

LivcBlock *
_livc_report_add_row (LivcReport         *self,
                      const double       *widths,
                      gboolean            header,
                      const char * const *cells,
                      guint               n_cells)
{
  LivcBlock *b = _livc_report_add_block (self, LIVC_BLOCK_ROW,
                                         header ? LIVC_STYLE_BOLD : LIVC_STYLE_BODY);

  b->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (b->cells, _livc_report_typeset (cells[i] ? cells[i] : "",
                                                     self->n_cols == 1 ? self->langs[0] : NULL));
  b->widths = widths;
  b->header = header;
  return b;
}

LivcBlock *
_livc_report_add_chart (LivcReport    *self,
                        LivcChartKind  chart,
                        double         height,
                        guint          arg,
                        guint          arg2)
{
  LivcBlock *b = _livc_report_add_block (self, LIVC_BLOCK_CHART, LIVC_STYLE_BODY);

  b->chart = chart;
  b->height = height;
  b->arg = arg;
  b->arg2 = arg2;
  return b;
}

/* A stage's label, one line per report language; "—" without one. */
char *
_livc_report_stage_lines (LivcReport *self,
                          LivcStage  *stage)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "",
                            stage ? _livc_report_q_lookup (self, livc_stage_get_label (stage),
                                                           self->langs[c])
                                  : "—");
  return g_string_free (s, FALSE);
}

/* An annex on a page of its own: a heading, then its paragraphs (NULL-terminated ids). */
void
_livc_report_add_annex (LivcReport         *self,
                        const char         *heading,
                        const char * const *paragraphs)
{
  _livc_report_add_section_break (self);
  _livc_report_add_heading (self, LIVC_STYLE_H1, heading, NULL, 1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    _livc_report_add_label (self, LIVC_STYLE_BODY, paragraphs[i])->space = 4;
}

/* An item's statement in every column, after its number as the app shows it ("2.1"). */
LivcBlock *
_livc_report_add_item (LivcReport *self,
                       LivcStyle   style,
                       LivcItem   *item)
{
  LivcBlock *b = _livc_report_add_q_text (self, style, livc_item_get_text (item));
  g_autofree char *number = livc_item_dup_number (item);

  for (guint c = 0; c < self->n_cols; c++)
    {
      char *t = g_strdup_printf ("%s %s", number, b->text[c]);

      g_free (b->text[c]);
      b->text[c] = t;
    }
  return b;
}

/* A role as the team wrote it, or the words for a role given as a code ("ocmw",
 * "information-officer"): a code is never printed; NULL when there are no words for it. */
static const char *
role_label (LivcReport *self,
            const char *role,
            const char *lang)
{
  g_autofree char *id = NULL;

  if (role == NULL || *role == '\0')
    return NULL;
  for (const char *p = role; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return _livc_report_iso (self, role);
  id = g_strconcat ("role-", role, NULL);
  return _livc_report_text_find (id, lang);
}

/* A member as the report names them: their role's words in every report language (short),
 * or their name followed by those words; "Member 3" when neither is known. Never an id. */
char *
_livc_report_member_label (LivcReport      *self,
                           LivcParticipant *p,
                           guint            index,
                           gboolean         brief)
{
  const char *name = livc_participant_get_name (p);
  const char *role = livc_participant_get_role (p);
  g_autoptr(GString) roles = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      const char *label = role_label (self, role, self->langs[c]);

      if (label != NULL && strstr (roles->str, label) == NULL)
        g_string_append_printf (roles, "%s%s", roles->len > 0 ? " / " : "", label);
    }
  if (name != NULL && *name != '\0' && (!brief || roles->len == 0))
    {
      const char *isolated = _livc_report_iso (self, name);

      if (roles->len == 0 || g_strcmp0 (name, role) == 0)
        return g_strdup (isolated);
      return g_strdup_printf ("%s — %s", isolated, roles->str);
    }
  if (roles->len > 0)
    return g_string_free (g_steal_pointer (&roles), FALSE);
  {
    g_autofree char *template = _livc_report_label_all (self, "member-n");

    return _livc_report_fill_numbers (template, index + 1, index + 1);
  }
}

/* A new page before a section, unless the page so far holds only a few lines. */
void
_livc_report_add_section_break (LivcReport *self)
{
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY)->soft = TRUE;
}
