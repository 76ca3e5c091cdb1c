/* livc-round-view.c: an individual round on one machine. One row per item of the domain,
 * one column per member: a member types 1–5, 0 for "not applicable" or ? for "don't know",
 * and the cursor moves down their column. While the ratings are hidden only the member
 * whose turn it is sees and edits their column; the others show as dots until the reveal,
 * which also shows the spread of each item.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-item-row.h"
#include "livc-reflow-bin.h"
#include "livc-round-view.h"
#include "livc-spread-view.h"

struct _LivcRoundView
{
  AdwBin        parent_instance;
  LivcDocument *document;
  char         *lang;
  guint         domain;

  GtkLabel     *title;
  GtkStack     *stack;
  GtkSwitch    *hidden_switch;
  GtkWidget    *turn_box;
  GtkDropDown  *turn_dropdown;
  GtkWidget    *reveal_button;
  GtkGrid      *grid;

  GPtrArray    *items;        /* LivcItem*, the domain's */
  GPtrArray    *ids;          /* char*, the members' ids in column order */
  GPtrArray    *entries;      /* GtkEntry*, item-major */
  GPtrArray    *spreads;      /* GtkWidget*, one per item */
  GPtrArray    *headers;      /* GtkLabel*, one per member */
  GtkWidget    *spread_header;
  guint         current;      /* whose turn it is while hidden */
  guint         rebuild_source;
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (LivcRoundView, livc_round_view, ADW_TYPE_BIN)

/* What a member may type in a cell: a level of the item's scale, 0 / n/a / na for "not
 * applicable", ? for "don't know", nothing for no rating. */
gboolean
livc_round_parse_rating (LivcItem   *item,
                         const char *text,
                         int        *value)
{
  g_autofree char *t = g_strstrip (g_utf8_casefold (text != NULL ? text : "", -1));
  guint64 level;

  if (*t == '\0')
    *value = LIVC_VALUE_NONE;
  else if (g_str_equal (t, "0") || g_str_equal (t, "n/a") || g_str_equal (t, "na") ||
           g_str_equal (t, "nvt") || g_str_equal (t, "s.o."))
    *value = LIVC_VALUE_NA;
  else if (g_str_equal (t, "?"))
    *value = LIVC_VALUE_UNKNOWN;
  else if (g_ascii_string_to_unsigned (t, 10, 1, 1000, &level, NULL) &&
           livc_scale_find_level (livc_item_get_scale (item), (int) level) >= 0)
    *value = (int) level;
  else
    return FALSE;
  return TRUE;
}

static char *
rating_text (int value)
{
  if (value == LIVC_VALUE_NA)
    return g_strdup (_("n/a"));
  if (value == LIVC_VALUE_UNKNOWN)
    return g_strdup ("?");
  if (LIVC_VALUE_IS_LEVEL (value))
    return g_strdup_printf ("%d", value);
  return g_strdup ("");
}

static int
rating_of (LivcRoundView *self,
           guint          item,
           guint          participant)
{
  LivcItem *shown_item = g_ptr_array_index (self->items, item);
  LivcAnswer *answer = livc_assessment_find_answer (livc_document_get_assessment (self->document),
                                                    livc_item_get_id (shown_item));
  const char *id = g_ptr_array_index (self->ids, participant);

  return answer != NULL ? livc_answer_get_rating_for (answer, id) : LIVC_VALUE_NONE;
}

static void
refresh (LivcRoundView *self)
{
  gboolean hidden;
  guint n_ids;

  if (self->document == NULL || self->entries == NULL)
    return;
  hidden = livc_document_get_ratings_hidden (self->document);
  n_ids = self->ids->len;
  self->updating = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    for (guint p = 0; p < n_ids; p++)
      {
        GtkEntry *entry = g_ptr_array_index (self->entries, i * n_ids + p);
        LivcItem *item = g_ptr_array_index (self->items, i);
        int value = rating_of (self, i, p);
        int shown;
        gboolean own = !hidden || p == self->current;

        /* Another member's cell while hidden: one dot whatever the rating, since the
         * number of dots would tell "n/a" from a level; nothing when they have not rated. */
        if (!own)
          {
            gtk_editable_set_text (GTK_EDITABLE (entry), value != LIVC_VALUE_NONE ? "x" : "");
            gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
          }
        /* Never rewrite what is being typed: only a change from elsewhere reaches a cell. */
        else if (!livc_round_parse_rating (item, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                           &shown) || shown != value)
          {
            g_autofree char *text = rating_text (value);

            gtk_editable_set_text (GTK_EDITABLE (entry), text);
            gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
          }
        gtk_entry_set_visibility (entry, own);
        gtk_widget_set_sensitive (GTK_WIDGET (entry), own);
      }
  for (guint i = 0; i < self->spreads->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->spreads, i), !hidden);
  if (self->spread_header != NULL)
    gtk_widget_set_visible (self->spread_header, !hidden);
  for (guint p = 0; p < self->headers->len; p++)
    {
      LivcAssessment *a = livc_document_get_assessment (self->document);
      LivcParticipant *who = livc_assessment_find_participant (a, g_ptr_array_index (self->ids, p));

      if (who != NULL)
        gtk_label_set_text (g_ptr_array_index (self->headers, p), livc_participant_get_label (who));
    }
  /* Their places in the flow box go with them. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->turn_box), hidden && n_ids > 0);
  gtk_widget_set_visible (gtk_widget_get_parent (self->reveal_button), hidden);
  if (gtk_switch_get_active (self->hidden_switch) != hidden)
    gtk_switch_set_active (self->hidden_switch, hidden);
  self->updating = FALSE;
}

typedef struct
{
  LivcRoundView *self;
  guint          index;
} MoveData;

static gboolean
move_focus_cb (gpointer user_data)
{
  MoveData *data = user_data;

  if (data->index < data->self->entries->len)
    gtk_widget_grab_focus (g_ptr_array_index (data->self->entries, data->index));
  g_object_unref (data->self);
  g_free (data);
  return G_SOURCE_REMOVE;
}

/* Down the same member's column, to the next item. */
static void
move_down (LivcRoundView *self,
           GtkEntry      *entry)
{
  guint index;
  MoveData *data;

  if (!g_ptr_array_find (self->entries, entry, &index) ||
      index + self->ids->len >= self->entries->len)
    return;
  data = g_new0 (MoveData, 1);
  data->self = g_object_ref (self);
  data->index = index + self->ids->len;
  /* After the entry has finished its change, but before the next key press is handled:
   * a fast typist's next digit belongs to the next item. */
  g_idle_add_full (G_PRIORITY_HIGH, move_focus_cb, data, NULL);
}

static void
on_entry_changed (GtkEntry      *entry,
                  LivcRoundView *self)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  guint index, n_ids = self->ids->len;
  LivcItem *item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  LivcAnswer *answer;
  int value;

  if (self->updating || !g_ptr_array_find (self->entries, entry, &index))
    return;
  item = g_ptr_array_index (self->items, index / n_ids);
  if (!livc_round_parse_rating (item, text, &value))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  answer = livc_assessment_find_answer (a, livc_item_get_id (item));
  if (answer == NULL && value == LIVC_VALUE_NONE)
    return;
  if (answer == NULL)
    answer = livc_assessment_ensure_answer (a, livc_item_get_id (item));
  livc_answer_set_rating (answer, g_ptr_array_index (self->ids, index % n_ids), value);
  /* A one-key rating is complete: on to the next item, as on a paper form. */
  if (value != LIVC_VALUE_NONE && g_utf8_strlen (text, -1) == 1 &&
      livc_scale_get_level (livc_item_get_scale (item),
                            livc_scale_get_n_levels (livc_item_get_scale (item)) - 1)->value < 10)
    move_down (self, entry);
}

static void
on_entry_activate (GtkEntry      *entry,
                   LivcRoundView *self)
{
  move_down (self, entry);
}

static void
clear_grid (LivcRoundView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->ids, 0);
  g_ptr_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->spreads, 0);
  g_ptr_array_set_size (self->headers, 0);
  self->spread_header = NULL;
}

/* A member's column heading: their label, on up to three lines, ellipsized after that. A
 * word longer than the column breaks only when the grid has no more width to give: five
 * members' roles must fit beside the items on a 1024 px projector. */
static void
add_member_column (LivcRoundView   *self,
                   LivcParticipant *who,
                   guint            column)
{
  GtkWidget *header = gtk_label_new (livc_participant_get_label (who));

  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (header), 5);
  gtk_label_set_max_width_chars (GTK_LABEL (header), 12);
  gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (header), 3);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (header, livc_participant_get_label (who));
  gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_CENTER);
  gtk_widget_set_valign (header, GTK_ALIGN_END);
  gtk_widget_add_css_class (header, "heading");
  gtk_grid_attach (self->grid, header, 1 + (int) column, 0, 1, 1);
  g_ptr_array_add (self->ids, g_strdup (livc_participant_get_id (who)));
  g_ptr_array_add (self->headers, header);
}

/* A member's cell for one item: what they type, dots for the others while hidden. */
static GtkWidget *
rating_entry_new (LivcRoundView   *self,
                  LivcParticipant *who,
                  guint            item)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *number = livc_item_dup_number (g_ptr_array_index (self->items, item));
  /* TRANSLATORS: "Police’s rating of 2.1", a member's rating of an item */
  g_autofree char *accessible = g_strdup_printf (_("%s’s rating of %s"),
                                                 livc_participant_get_label (who), number);

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 3);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 4);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 0.5);
  gtk_entry_set_invisible_char (GTK_ENTRY (entry), 0x2022);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (entry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (entry, "round-cell");
  gtk_widget_set_tooltip_text (entry, _("1–5, 0 for not applicable, ? for don’t know"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  return entry;
}

/* One item's row of the grid: its statement, each member's cell, the spread and its badge. */
static void
add_item_row (LivcRoundView *self,
              LivcItem      *item,
              guint          index)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  LivcAssessment *a = livc_document_get_assessment (self->document);
  const char *statement = livc_questionnaire_lookup (q, livc_item_get_text (item), self->lang);
  g_autofree char *number = livc_item_dup_number (item);
  g_autofree char *text = g_strdup_printf ("%s  %s", number, statement);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *spread = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *dots = livc_spread_view_new (self->document, item);
  GtkWidget *badge = gtk_label_new (_("To discuss"));
  guint n_ids = self->ids->len;

  g_ptr_array_add (self->items, g_object_ref (item));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (self->grid, label, 0, 1 + (int) index, 1, 1);
  for (guint p = 0; p < n_ids; p++)
    {
      LivcParticipant *who = livc_assessment_find_participant (a, g_ptr_array_index (self->ids, p));
      GtkWidget *entry = rating_entry_new (self, who, index);

      gtk_grid_attach (self->grid, entry, 1 + (int) p, 1 + (int) index, 1, 1);
      g_ptr_array_add (self->entries, entry);
    }
  gtk_widget_set_size_request (dots, 110, 48);
  gtk_box_append (GTK_BOX (spread), dots);
  gtk_widget_add_css_class (badge, "discuss-badge");
  gtk_widget_set_halign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (spread), badge);
  g_object_set_data (G_OBJECT (spread), "badge", badge);
  gtk_grid_attach (self->grid, spread, 1 + (int) n_ids, 1 + (int) index, 1, 1);
  g_ptr_array_add (self->spreads, spread);
}

/* The grid's columns and rows for the domain's items and the members, as they are now. */
static void
rebuild (LivcRoundView *self)
{
  LivcQuestionnaire *q;
  g_autoptr(LivcDomain) domain = NULL;
  GListModel *items, *participants;
  g_autoptr(GtkStringList) names = NULL;
  g_autofree char *title = NULL;
  GtkWidget *spread;
  guint n_ids;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  clear_grid (self);
  if (self->document == NULL)
    return;
  q = livc_document_get_questionnaire (self->document);
  domain = g_list_model_get_item (livc_questionnaire_get_domains (q), self->domain);
  if (domain == NULL)
    return;
  title = g_strdup_printf (_("Individual Round · %u. %s"), self->domain + 1,
                           livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                      self->lang));
  gtk_label_set_text (self->title, title);

  participants = livc_assessment_get_participants (livc_document_get_assessment (self->document));
  n_ids = g_list_model_get_n_items (participants);
  names = gtk_string_list_new (NULL);
  for (guint p = 0; p < n_ids; p++)
    {
      g_autoptr(LivcParticipant) who = g_list_model_get_item (participants, p);

      gtk_string_list_append (names, livc_participant_get_label (who));
      add_member_column (self, who, p);
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->turn_dropdown, G_LIST_MODEL (names));
  if (self->current >= n_ids)
    self->current = 0;
  gtk_drop_down_set_selected (self->turn_dropdown, self->current);
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->stack, n_ids > 0 ? "grid" : "empty");
  if (n_ids == 0)
    return;
  spread = self->spread_header = gtk_label_new (_("Spread"));
  gtk_widget_add_css_class (spread, "heading");
  gtk_widget_set_valign (spread, GTK_ALIGN_END);
  gtk_grid_attach (self->grid, spread, 1 + (int) n_ids, 0, 1, 1);

  items = livc_domain_get_items (domain);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);

      add_item_row (self, item, i);
    }
  refresh (self);
}

static void
update_badges (LivcRoundView *self)
{
  LivcScoreSet *scores;

  if (self->document == NULL)
    return;
  scores = livc_document_get_scores (self->document);
  for (guint i = 0; i < self->spreads->len; i++)
    {
      LivcItem *item = g_ptr_array_index (self->items, i);
      const LivcItemScore *is = livc_score_set_find_item (scores, livc_item_get_id (item));

      gtk_widget_set_visible (g_object_get_data (g_ptr_array_index (self->spreads, i), "badge"),
                              is != NULL && is->to_discuss &&
                              !livc_document_is_agreed (self->document, item));
    }
}

static void
on_scores (LivcRoundView *self)
{
  refresh (self);
  update_badges (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  LivcRoundView *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);
  update_badges (self);
  return G_SOURCE_REMOVE;
}

/* Members come, go or change their role: the columns are built again, once. */
static void
on_participants_changed (LivcRoundView *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
}

static void
on_hidden_switch (GtkSwitch     *sw,
                  GParamSpec    *pspec,
                  LivcRoundView *self)
{
  if (!self->updating && self->document != NULL)
    livc_document_set_ratings_hidden (self->document, gtk_switch_get_active (sw));
}

static void
on_turn_selected (GtkDropDown   *dropdown,
                  GParamSpec    *pspec,
                  LivcRoundView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  livc_round_view_set_current (self, selected);
}

/* The member whose turn it is, on the drop-down's button: ellipsized, since a long role
 * must not widen the window; the list shows the labels whole. */
static void
on_turn_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
on_turn_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  ellipsize)
{
  GtkStringObject *name = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (name));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item),
                               gtk_string_object_get_string (name));
}

static GtkListItemFactory *
turn_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_turn_setup), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_turn_bind), GINT_TO_POINTER (ellipsize));
  return factory;
}

static void
disconnect (LivcRoundView *self)
{
  LivcAssessment *a;

  if (self->document == NULL)
    return;
  a = livc_document_get_assessment (self->document);
  g_signal_handlers_disconnect_by_data (self->document, self);
  g_signal_handlers_disconnect_by_data (livc_assessment_get_participants (a), self);
  g_signal_handlers_disconnect_by_data (a, self);
}

static void
livc_round_view_dispose (GObject *object)
{
  LivcRoundView *self = LIVC_ROUND_VIEW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  disconnect (self);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (livc_round_view_parent_class)->dispose (object);
}

static void
livc_round_view_finalize (GObject *object)
{
  LivcRoundView *self = LIVC_ROUND_VIEW (object);

  g_free (self->lang);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->spreads);
  g_ptr_array_unref (self->headers);
  G_OBJECT_CLASS (livc_round_view_parent_class)->finalize (object);
}

static void
livc_round_view_class_init (LivcRoundViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_round_view_dispose;
  object_class->finalize = livc_round_view_finalize;

  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-round-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, title);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, stack);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, hidden_switch);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, turn_box);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, turn_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, LivcRoundView, grid);
  gtk_widget_class_bind_template_callback (widget_class, on_hidden_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_turn_selected);
}

static void
livc_round_view_init (LivcRoundView *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->entries = g_ptr_array_new ();
  self->spreads = g_ptr_array_new ();
  self->headers = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  {
    g_autoptr(GtkListItemFactory) button = turn_factory_new (TRUE);
    g_autoptr(GtkListItemFactory) list = turn_factory_new (FALSE);

    gtk_drop_down_set_factory (self->turn_dropdown, button);
    gtk_drop_down_set_list_factory (self->turn_dropdown, list);
  }
}

GtkWidget *
livc_round_view_new (void)
{
  return g_object_new (LIVC_TYPE_ROUND_VIEW, NULL);
}

void
livc_round_view_set_domain (LivcRoundView *self,
                            LivcDocument  *document,
                            guint          domain,
                            const char    *lang)
{
  g_return_if_fail (LIVC_IS_ROUND_VIEW (self));
  g_return_if_fail (document == NULL || LIVC_IS_DOCUMENT (document));

  if (self->document != document)
    {
      disconnect (self);
      g_set_object (&self->document, document);
      self->current = 0;
      if (document != NULL)
        {
          LivcAssessment *a = livc_document_get_assessment (document);

          g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores), self);
          g_signal_connect_swapped (document, "notify::ratings-hidden", G_CALLBACK (refresh), self);
          g_signal_connect_swapped (livc_assessment_get_participants (a),
                                    "items-changed", G_CALLBACK (on_participants_changed), self);
        }
    }
  g_free (self->lang);
  self->lang = g_strdup (lang);
  self->domain = domain;
  rebuild (self);
  update_badges (self);
}

/* Whose turn it is while the ratings are hidden: only their column shows. */
void
livc_round_view_set_current (LivcRoundView *self,
                             guint          participant)
{
  g_return_if_fail (LIVC_IS_ROUND_VIEW (self));

  if (participant >= self->ids->len)
    return;
  self->current = participant;
  if (gtk_drop_down_get_selected (self->turn_dropdown) != participant)
    gtk_drop_down_set_selected (self->turn_dropdown, participant);
  /* The focus moves to the new member's column before the old one is locked: a text
   * field must not lose its sensitivity while it has the focus. */
  for (guint i = participant; i < self->entries->len; i += self->ids->len)
    gtk_widget_set_sensitive (g_ptr_array_index (self->entries, i), TRUE);
  if (self->entries->len > participant)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, participant));
  refresh (self);
}

guint
livc_round_view_get_current (LivcRoundView *self)
{
  g_return_val_if_fail (LIVC_IS_ROUND_VIEW (self), 0);
  return self->current;
}

/* For tests and keyboard focus: the cell of one member and one item of the domain. */
GtkEntry *
livc_round_view_get_entry (LivcRoundView *self,
                           guint          item,
                           guint          participant)
{
  g_return_val_if_fail (LIVC_IS_ROUND_VIEW (self), NULL);

  if (participant >= self->ids->len || item * self->ids->len + participant >= self->entries->len)
    return NULL;
  return g_ptr_array_index (self->entries, item * self->ids->len + participant);
}

/* The item whose row holds cell (a member's cell, or what is inside it), or NULL. */
LivcItem *
livc_round_view_get_item_of (LivcRoundView *self,
                             GtkWidget     *cell)
{
  g_return_val_if_fail (LIVC_IS_ROUND_VIEW (self), NULL);

  for (GtkWidget *w = cell; w != NULL; w = gtk_widget_get_parent (w))
    {
      guint index;

      if (g_ptr_array_find (self->entries, w, &index))
        return g_ptr_array_index (self->items, index / self->ids->len);
    }
  return NULL;
}
