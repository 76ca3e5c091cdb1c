/* livc-item-row.c: one item as a list row. The row is focusable on its own so that the
 * keyboard can rate it: a digit picks that level, 0 "not applicable", ? "don't know",
 * Delete clears; Left and Right step down and up the scale. Typing in the note or the
 * evidence never rates: those keys go to the text first.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-item-notes.h"
#include "livc-item-row.h"
#include "livc-reflow-bin.h"
#include "livc-spread-view.h"

struct _LivcItemRow
{
  GtkListBoxRow  parent_instance;
  LivcDocument  *document;
  LivcItem      *item;
  char          *lang;
  GPtrArray     *buttons;   /* GtkToggleButton*, levels then na and unknown */
  GArray        *values;    /* int, the value of each button */
  GtkTextBuffer *note;
  GtkTextBuffer *evidence;
  LivcItemNotes *notes;     /* built when "Note and evidence" first opens */
  gboolean       updating;

  /* Template widgets */
  GtkLabel      *number_label;
  GtkLabel      *statement_label;
  GtkWidget     *legal_badge;
  GtkLabel      *references_label;
  GtkWidget     *guidance_expander;
  GtkLabel      *guidance_label;
  GtkFlowBox    *ratings_box;
  GtkBox        *team_box;    /* the members' ratings, when there are any and they show */
  GtkLabel      *team_label;
  GtkWidget     *discuss_badge;
  GtkWidget     *status_label;
  GtkWidget     *clear_button;
  GtkExpander   *notes_expander;
};

G_DEFINE_FINAL_TYPE (LivcItemRow, livc_item_row, GTK_TYPE_LIST_BOX_ROW)

void
livc_document_rate (LivcDocument *document,
                    const char   *item_id,
                    int           value)
{
  LivcAssessment *a = livc_document_get_assessment (document);
  LivcAnswer *answer = livc_assessment_find_answer (a, item_id);

  if (answer == NULL && value == LIVC_VALUE_NONE)
    return;
  if (answer == NULL)
    answer = livc_assessment_ensure_answer (a, item_id);
  livc_answer_set_value (answer, value);
}

/* Whether the team has picked its answer to item: an item to discuss is then agreed. */
gboolean
livc_document_is_agreed (LivcDocument *document,
                         LivcItem     *item)
{
  LivcAnswer *answer = livc_assessment_find_answer (livc_document_get_assessment (document),
                                                    livc_item_get_id (item));

  return answer != NULL && livc_answer_get_value (answer) != LIVC_VALUE_NONE;
}

/* "3 · In place" for a level, the words for na and unknown. */
char *
livc_level_label (LivcQuestionnaire *questionnaire,
                  LivcItem          *item,
                  int                value,
                  const char        *lang)
{
  const LivcRatingWords words = {
    _("Not applicable"), _("Don’t know"), _("Not answered"), " · ", FALSE
  };

  return livc_questionnaire_dup_rating_label (questionnaire, item, value, lang, &words);
}

/* The rating a key stands for, if any. */
gboolean
livc_rating_for_key (LivcItem *item,
                     guint     keyval,
                     int      *value)
{
  guint32 ch = gdk_keyval_to_unicode (keyval);

  if (ch == '0')
    *value = LIVC_VALUE_NA;
  else if (ch == '?')
    *value = LIVC_VALUE_UNKNOWN;
  else if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_KP_Delete)
    *value = LIVC_VALUE_NONE;
  else if (ch >= '1' && ch <= '9' &&
           livc_scale_find_level (livc_item_get_scale (item), (int) (ch - '0')) >= 0)
    *value = (int) (ch - '0');
  else
    return FALSE;
  return TRUE;
}

static int
current_value (LivcItemRow *self)
{
  LivcAnswer *answer = livc_assessment_find_answer (livc_document_get_assessment (self->document),
                                                    livc_item_get_id (self->item));

  return answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;
}

/* Left and Right walk the levels; from na, unknown or nothing they start at an end. */
static int
step_value (LivcItemRow *self,
            int          direction)
{
  LivcScale *scale = livc_item_get_scale (self->item);
  guint n = livc_scale_get_n_levels (scale);
  int value = current_value (self);
  int index = LIVC_VALUE_IS_LEVEL (value) ? livc_scale_find_level (scale, value) : -1;

  if (index < 0)
    index = direction > 0 ? 0 : (int) n - 1;
  else
    index = CLAMP (index + direction, 0, (int) n - 1);
  return livc_scale_get_level (scale, (guint) index)->value;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LivcItemRow           *self)
{
  int value;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  /* Arrow keys belong to a focused button row only when the row itself has the focus. */
  if ((keyval == GDK_KEY_Left || keyval == GDK_KEY_Right) &&
      gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      livc_document_rate (self->document, livc_item_get_id (self->item),
                          step_value (self, keyval == GDK_KEY_Right ? 1 : -1));
      return TRUE;
    }
  if (!livc_rating_for_key (self->item, keyval, &value))
    return FALSE;
  livc_document_rate (self->document, livc_item_get_id (self->item), value);
  return TRUE;
}

static void
on_button_toggled (GtkToggleButton *button,
                   LivcItemRow     *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < self->buttons->len; i++)
    if (g_ptr_array_index (self->buttons, i) == (gpointer) button)
      livc_document_rate (self->document, livc_item_get_id (self->item),
                          g_array_index (self->values, int, i));
}

static void
on_clear_clicked (GtkButton   *button,
                  LivcItemRow *self)
{
  livc_document_rate (self->document, livc_item_get_id (self->item), LIVC_VALUE_NONE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.removed", "s", _("Answer cleared"));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (*g_strstrip (text) == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
on_text_changed (GtkTextBuffer *buffer,
                 LivcItemRow   *self)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *text = NULL;
  LivcAnswer *answer;

  if (self->updating)
    return;
  text = buffer_text (buffer);
  answer = livc_assessment_find_answer (a, livc_item_get_id (self->item));
  if (answer == NULL && text == NULL)
    return;
  if (answer == NULL)
    answer = livc_assessment_ensure_answer (a, livc_item_get_id (self->item));
  if (buffer == self->note)
    livc_answer_set_note (answer, text);
  else
    livc_answer_set_evidence (answer, text);
}

static void
set_buffer (LivcItemRow   *self,
            GtkTextBuffer *buffer,
            const char    *text)
{
  g_autofree char *current = buffer_text (buffer);

  /* Never rewrite what is being typed: only a change from elsewhere reaches the buffer. */
  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

void
livc_item_row_refresh (LivcItemRow *self)
{
  LivcAnswer *answer;
  int value;
  g_autofree char *status = NULL;
  LivcQuestionnaire *q;

  g_return_if_fail (LIVC_IS_ITEM_ROW (self));

  q = livc_document_get_questionnaire (self->document);
  answer = livc_assessment_find_answer (livc_document_get_assessment (self->document),
                                        livc_item_get_id (self->item));
  value = answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;
  self->updating = TRUE;
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i),
                                  g_array_index (self->values, int, i) == value);
  set_buffer (self, self->note, answer ? livc_answer_get_note (answer) : NULL);
  set_buffer (self, self->evidence, answer ? livc_answer_get_evidence (answer) : NULL);
  self->updating = FALSE;
  gtk_widget_set_visible (self->clear_button, value != LIVC_VALUE_NONE);

  /* The members' ratings and their spread, unless a round keeps them hidden. */
  {
    const LivcItemScore *is = livc_score_set_find_item (livc_document_get_scores (self->document),
                                                        livc_item_get_id (self->item));
    gboolean show = answer != NULL && livc_answer_get_n_ratings (answer) > 0 &&
                    !livc_document_get_ratings_hidden (self->document);

    gtk_widget_set_visible (GTK_WIDGET (self->team_box), show);
    if (show)
      {
        LivcAssessment *a = livc_document_get_assessment (self->document);
        g_autoptr(GString) who = g_string_new (NULL);

        for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
          {
            const LivcRating *rating = livc_answer_get_rating (answer, r);
            LivcParticipant *p = livc_assessment_find_participant (a, rating->participant);
            g_autofree char *v =
              LIVC_VALUE_IS_LEVEL (rating->value) ? g_strdup_printf ("%d", rating->value)
              : g_strdup (rating->value == LIVC_VALUE_NA ? _("n/a") : "?");

            g_autofree char *label =
              livc_text_isolate (p != NULL ? livc_participant_get_label (p) : rating->participant);

            g_string_append_printf (who, "%s%s: %s", r > 0 ? " · " : "", label, v);
          }
        gtk_label_set_text (self->team_label, who->str);
        gtk_widget_set_visible (self->discuss_badge, is != NULL && is->to_discuss &&
                                                     value == LIVC_VALUE_NONE);
      }
    if (self->notes != NULL)
      livc_item_notes_set_note_title (self->notes,
                                      show ? _("Note: the reasoning, and any minority view")
                                           : _("Note"));
    if (value == LIVC_VALUE_NONE && show && is != NULL && is->effective != LIVC_VALUE_NONE)
      {
        g_autofree char *median = livc_level_label (q, self->item, is->effective, self->lang);

        /* Scored at the lower median until the team picks its answer. */
        status = g_strdup_printf (_("No team answer yet: the ratings’ lower median, %s, counts"),
                                  median);
      }
  }
  if (status == NULL)
    status = livc_level_label (q, self->item, value, self->lang);
  gtk_label_set_text (GTK_LABEL (self->status_label), status);
  if (value == LIVC_VALUE_NONE)
    gtk_widget_add_css_class (self->status_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->status_label, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  status, -1);
  {
    const char *label = answer != NULL && (livc_answer_get_note (answer) != NULL ||
                                           livc_answer_get_evidence (answer) != NULL)
                        ? _("Note and evidence (filled in)") : _("Note and evidence");

    /* gtk_expander_set_label() builds a new label widget each time: only on a change. */
    if (g_strcmp0 (gtk_expander_get_label (self->notes_expander), label) != 0)
      gtk_expander_set_label (self->notes_expander, label);
  }
}

/* The note and evidence fields are built when the expander first opens (see
 * livc-item-notes.c); the buffers hold the text from the start. */
static void
on_notes_expanded (GtkExpander *expander,
                   GParamSpec  *pspec,
                   LivcItemRow *self)
{
  if (!gtk_expander_get_expanded (expander) || self->notes != NULL)
    return;
  self->notes = LIVC_ITEM_NOTES (livc_item_notes_new (self->note, self->evidence));
  gtk_expander_set_child (expander, GTK_WIDGET (self->notes));
  livc_item_row_refresh (self);
}

/* A level button: the value on top, its name below, wrapped between words only: "Abse-nt"
 * or "Struct-uré" on a projector reads as a typo. The rows of buttons are laid out so that
 * the longest word fits; max_width_chars keeps the natural width low enough for a flow
 * box to put all the levels on one line when they fit with their names wrapped. Shared by
 * the item rows and the presentation. */
GtkWidget *
livc_rating_button_new (const char *top,
                        const char *bottom,
                        const char *accessible,
                        const char *button_class,
                        const char *value_class,
                        const char *name_class,
                        int         max_width_chars)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top_label = gtk_label_new (top);
  GtkWidget *bottom_label = gtk_label_new (bottom);

  gtk_widget_add_css_class (top_label, value_class);
  if (name_class != NULL)
    gtk_widget_add_css_class (bottom_label, name_class);
  gtk_label_set_wrap (GTK_LABEL (bottom_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (bottom_label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (bottom_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (bottom_label), max_width_chars);
  gtk_box_append (GTK_BOX (inner), top_label);
  gtk_box_append (GTK_BOX (inner), bottom_label);
  gtk_button_set_child (GTK_BUTTON (button), livc_reflow_bin_new (inner));
  gtk_widget_add_css_class (button, button_class);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return button;
}

static void
add_rating_button (LivcItemRow *self,
                   const char  *top,
                   const char  *bottom,
                   const char  *accessible,
                   int          value)
{
  GtkWidget *button = livc_rating_button_new (top, bottom, accessible, "rating-button",
                                              "rating-value", "caption", 8);

  gtk_widget_set_tooltip_text (button, accessible);
  if (self->buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                 g_ptr_array_index (self->buttons, 0));
  g_signal_connect (button, "toggled", G_CALLBACK (on_button_toggled), self);
  g_ptr_array_add (self->buttons, button);
  g_array_append_val (self->values, value);
  gtk_flow_box_append (self->ratings_box, button);
  /* The button takes the focus, not the place the flow box puts it in. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

/* What the template leaves to the item: its texts, the parts it has, a button per level. */
static void
build (LivcItemRow *self)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  LivcItem *item = self->item;
  LivcScale *scale = livc_item_get_scale (item);
  const char *statement = livc_questionnaire_lookup (q, livc_item_get_text (item), self->lang);
  const char *guidance = livc_questionnaire_lookup (q, livc_item_get_guidance (item), self->lang);
  gboolean legal = livc_item_get_basis (item) == LIVC_BASIS_LEGAL;
  g_autofree char *number = livc_item_dup_number (item);

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->statement_label, statement);
  gtk_widget_set_visible (self->legal_badge, legal);
  if (legal && livc_item_get_references (item) != NULL)
    {
      g_autofree char *refs = g_strjoinv (" · ", (char **) livc_item_get_references (item));

      gtk_label_set_text (self->references_label, refs);
      gtk_widget_set_visible (GTK_WIDGET (self->references_label), TRUE);
    }
  if (guidance != NULL && *guidance != '\0')
    {
      gtk_label_set_text (self->guidance_label, guidance);
      gtk_widget_set_visible (self->guidance_expander, TRUE);
    }

  for (guint i = 0; i < livc_scale_get_n_levels (scale); i++)
    {
      const LivcLevel *level = livc_scale_get_level (scale, i);
      g_autofree char *top = g_strdup_printf ("%d", level->value);
      g_autofree char *accessible = livc_level_label (q, item, level->value, self->lang);

      add_rating_button (self, top, livc_questionnaire_lookup (q, level->label, self->lang),
                         accessible, level->value);
    }
  add_rating_button (self, _("n/a"), _("Not applicable"), _("Not applicable"), LIVC_VALUE_NA);
  add_rating_button (self, "?", _("Don’t know"), _("Don’t know"), LIVC_VALUE_UNKNOWN);

  gtk_box_prepend (self->team_box, livc_spread_view_new (self->document, item));
  self->note = gtk_text_buffer_new (NULL);
  self->evidence = gtk_text_buffer_new (NULL);
  g_signal_connect (self->note, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->evidence, "changed", G_CALLBACK (on_text_changed), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  statement, -1);
  livc_item_row_refresh (self);
}

static void
livc_item_row_dispose (GObject *object)
{
  LivcItemRow *self = LIVC_ITEM_ROW (object);

  if (self->note != NULL)
    g_signal_handlers_disconnect_by_data (self->note, self);
  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_data (self->evidence, self);
  g_clear_object (&self->note);
  g_clear_object (&self->evidence);
  g_clear_object (&self->document);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (livc_item_row_parent_class)->dispose (object);
}

static void
livc_item_row_finalize (GObject *object)
{
  LivcItemRow *self = LIVC_ITEM_ROW (object);

  g_free (self->lang);
  g_ptr_array_unref (self->buttons);
  g_array_unref (self->values);
  G_OBJECT_CLASS (livc_item_row_parent_class)->finalize (object);
}

static void
livc_item_row_class_init (LivcItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_item_row_dispose;
  object_class->finalize = livc_item_row_finalize;
  gtk_widget_class_set_css_name (widget_class, "row");

  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, legal_badge);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, references_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, guidance_expander);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, ratings_box);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, team_box);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, team_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, discuss_badge);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, LivcItemRow, notes_expander);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_expanded);
}

static void
livc_item_row_init (LivcItemRow *self)
{
  self->buttons = g_ptr_array_new ();
  self->values = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_item_row_new (LivcDocument *document,
                   LivcItem     *item,
                   const char   *lang)
{
  LivcItemRow *self;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (LIVC_IS_ITEM (item), NULL);

  self = g_object_new (LIVC_TYPE_ITEM_ROW, NULL);
  self->document = g_object_ref (document);
  self->item = g_object_ref (item);
  self->lang = g_strdup (lang);
  build (self);
  g_signal_connect_object (document, "notify::ratings-hidden", G_CALLBACK (livc_item_row_refresh),
                           self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

LivcItem *
livc_item_row_get_item (LivcItemRow *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM_ROW (self), NULL);
  return self->item;
}
