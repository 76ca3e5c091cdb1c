/* livc-assessment.c: one team's answers to one questionnaire, and its change notification.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-foreign-private.h"
#include "livc-model-private.h"

struct _LivcAssessment
{
  GObject      parent_instance;
  char        *questionnaire_id;
  char        *questionnaire_version;
  char        *date;
  char        *title;
  GListStore  *municipalities;
  GListStore  *participants;
  GListStore  *answers;
  GListStore  *actions;
  GHashTable  *answers_by_item; /* answer key → LivcAnswer*, unowned */
  GPtrArray   *instances;       /* Instance*: the team's descriptions of instances */
  LivcForeign *foreign;
  gboolean     has_participants_element;
};

/* The team's description of one instance of a repeated domain. */
typedef struct
{
  char        *domain;
  char        *id;
  char        *text;
  LivcForeign *foreign;
} Instance;

G_DEFINE_FINAL_TYPE (LivcAssessment, livc_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  PROP_QUESTIONNAIRE_VERSION,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

static void
emit_changed (LivcAssessment *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_child_notify (GObject        *child,
                 GParamSpec     *pspec,
                 LivcAssessment *self)
{
  emit_changed (self);
}

static void
on_items_changed (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  LivcAssessment *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (child, on_child_notify, self);
      g_signal_connect_object (child, "notify", G_CALLBACK (on_child_notify), self, 0);
    }
  emit_changed (self);
}

static void
instance_free (gpointer data)
{
  Instance *instance = data;

  g_free (instance->domain);
  g_free (instance->id);
  g_free (instance->text);
  livc_foreign_free (instance->foreign);
  g_free (instance);
}

static void
livc_assessment_dispose (GObject *object)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  g_clear_pointer (&self->answers_by_item, g_hash_table_unref);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->participants);
  g_clear_object (&self->answers);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (livc_assessment_parent_class)->dispose (object);
}

static void
livc_assessment_finalize (GObject *object)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  g_free (self->questionnaire_id);
  g_free (self->questionnaire_version);
  g_free (self->date);
  g_free (self->title);
  g_ptr_array_unref (self->instances);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_assessment_parent_class)->finalize (object);
}

static void
livc_assessment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_QUESTIONNAIRE_VERSION:
      g_value_set_string (value, self->questionnaire_version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_assessment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      livc_assessment_set_date (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      livc_assessment_set_title (self, g_value_get_string (value));
      break;
    case PROP_QUESTIONNAIRE_VERSION:
      livc_assessment_set_questionnaire_version (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_assessment_class_init (LivcAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = livc_assessment_dispose;
  object_class->finalize = livc_assessment_finalize;
  object_class->get_property = livc_assessment_get_property;
  object_class->set_property = livc_assessment_set_property;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_QUESTIONNAIRE_VERSION] =
    g_param_spec_string ("questionnaire-version", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LivcAssessment::changed:
   *
   * Emitted after anything in the assessment changed: metadata, an answer, a rating,
   * a note, a participant, an action. Views and autosave listen to this one signal.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
livc_assessment_init (LivcAssessment *self)
{
  GListStore **stores[] = { &self->municipalities, &self->participants, &self->answers,
                            &self->actions };
  GType types[] = { LIVC_TYPE_MUNICIPALITY, LIVC_TYPE_PARTICIPANT, LIVC_TYPE_ANSWER,
                    LIVC_TYPE_ACTION };

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      *stores[i] = g_list_store_new (types[i]);
      g_signal_connect_object (*stores[i], "items-changed", G_CALLBACK (on_items_changed),
                               self, 0);
    }
  self->answers_by_item = g_hash_table_new (g_str_hash, g_str_equal);
  self->instances = g_ptr_array_new_with_free_func (instance_free);
  self->foreign = livc_foreign_new ();
}

LivcAssessment *
livc_assessment_new (const char *questionnaire_id,
                     const char *questionnaire_version)
{
  LivcAssessment *self;

  g_return_val_if_fail (questionnaire_id != NULL, NULL);
  g_return_val_if_fail (questionnaire_version != NULL, NULL);

  self = g_object_new (LIVC_TYPE_ASSESSMENT, NULL);
  self->questionnaire_id = g_strdup (questionnaire_id);
  self->questionnaire_version = g_strdup (questionnaire_version);
  return self;
}

const char *
livc_assessment_get_questionnaire_id (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->questionnaire_id;
}

const char *
livc_assessment_get_questionnaire_version (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->questionnaire_version;
}

void
livc_assessment_set_questionnaire_version (LivcAssessment *self,
                                           const char     *version)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (version != NULL);
  if (livc_model_set_string (G_OBJECT (self), &self->questionnaire_version, version,
                  properties[PROP_QUESTIONNAIRE_VERSION]))
    emit_changed (self);
}

const char *
livc_assessment_get_date (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->date;
}

void
livc_assessment_set_date (LivcAssessment *self,
                          const char     *date)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  if (livc_model_set_string (G_OBJECT (self), &self->date, date, properties[PROP_DATE]))
    emit_changed (self);
}

/* "15/05/2024": short and the same in every language, for legends and table headers. A
 * date that is not one is shown as it is, a missing one as "—", as the reports show any
 * missing value. */
char *
livc_assessment_dup_short_date (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  if (!livc_date_is_valid (self->date))
    return g_strdup (self->date ? self->date : "—");
  return g_strdup_printf ("%.2s/%.2s/%.4s", self->date + 8, self->date + 5, self->date);
}

const char *
livc_assessment_get_title (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->title;
}

void
livc_assessment_set_title (LivcAssessment *self,
                           const char     *title)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  if (livc_model_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]))
    emit_changed (self);
}

/* The municipalities' names joined by separator, each isolated if asked. */
static char *
join_names (LivcAssessment *self,
            const char     *separator,
            gboolean        isolate)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->municipalities));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcMunicipality) m =
        g_list_model_get_item (G_LIST_MODEL (self->municipalities), i);
      const char *name = livc_municipality_get_name (m);
      g_autofree char *isolated = isolate ? livc_text_isolate (name) : NULL;

      if (i > 0)
        g_string_append (s, separator);
      g_string_append (s, isolated != NULL ? isolated : name != NULL ? name : "");
    }
  return g_string_free (s, FALSE);
}

char *
livc_assessment_dup_municipality_names (LivcAssessment *self,
                                        const char     *separator)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (separator != NULL, NULL);
  return join_names (self, separator, FALSE);
}

/* The same, each name isolated from the words around it: a name with bidirectional
 * controls can reverse neither its neighbours nor a date. */
char *
livc_assessment_dup_isolated_names (LivcAssessment *self,
                                    const char     *separator)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (separator != NULL, NULL);
  return join_names (self, separator, TRUE);
}

/* "Heuvelmolen (15/05/2024)": an assessment as a series in a legend or a row of a table,
 * the same in the reports and on screen. A missing or unreadable date still shows in the
 * parentheses rather than dropping out of the label unnoticed. */
char *
livc_assessment_dup_label (LivcAssessment *self)
{
  g_autofree char *names = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  names = livc_assessment_dup_isolated_names (self, " · ");
  date = livc_assessment_dup_short_date (self);
  return g_strdup_printf ("%s (%s)", names, date);
}

GListModel *
livc_assessment_get_municipalities (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->municipalities);
}

void
livc_assessment_add_municipality (LivcAssessment   *self,
                                  LivcMunicipality *municipality)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_MUNICIPALITY (municipality));
  g_list_store_append (self->municipalities, municipality);
}

GListModel *
livc_assessment_get_participants (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->participants);
}

LivcParticipant *
livc_assessment_find_participant (LivcAssessment *self,
                                  const char     *id)
{
  guint n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  for (guint i = 0; i < n; i++)
    {
      LivcParticipant *p = g_list_model_get_item (G_LIST_MODEL (self->participants), i);

      g_object_unref (p);
      if (g_strcmp0 (livc_participant_get_id (p), id) == 0)
        return p;
    }
  return NULL;
}

void
livc_assessment_add_participant (LivcAssessment  *self,
                                 LivcParticipant *participant)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_PARTICIPANT (participant));
  self->has_participants_element = TRUE;
  g_list_store_append (self->participants, participant);
}

/* Removes a member of the team with every rating they gave: nothing of theirs is left in
 * the file, which matters when a member asks to be taken out. */
void
livc_assessment_remove_participant (LivcAssessment  *self,
                                    LivcParticipant *participant)
{
  guint position;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_PARTICIPANT (participant));

  if (!g_list_store_find (self->participants, participant, &position))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->answers)); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (G_LIST_MODEL (self->answers), i);

      livc_answer_set_rating (answer, livc_participant_get_id (participant), LIVC_VALUE_NONE);
    }
  g_list_store_remove (self->participants, position);
}

/* "pN" past the highest N in use and the number of members, so that a newcomer does not
 * take the id of a member who left from the middle of the list, whose ratings may still be
 * in another file of the same team. */
char *
livc_assessment_new_participant_id (LivcAssessment *self)
{
  guint n;
  guint64 next;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  next = n + 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      const char *pid = livc_participant_get_id (p);
      guint64 k;

      if (pid[0] == 'p' && g_ascii_string_to_unsigned (pid + 1, 10, 1, G_MAXUINT32, &k, NULL))
        next = MAX (next, k + 1);
    }
  for (;; next++)
    {
      g_autofree char *id = g_strdup_printf ("p%" G_GUINT64_FORMAT, next);

      if (livc_assessment_find_participant (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* An empty <participants/> element is kept on a round trip. */
gboolean
livc_assessment_has_participants_element (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), FALSE);
  return self->has_participants_element;
}

void
livc_assessment_set_has_participants_element (LivcAssessment *self,
                                              gboolean        has)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  self->has_participants_element = has;
}

GListModel *
livc_assessment_get_answers (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->answers);
}

LivcAnswer *
livc_assessment_find_answer (LivcAssessment *self,
                             const char     *item_id)
{
  return livc_assessment_find_instance_answer (self, item_id, NULL);
}

/* The answer to ITEM_ID for INSTANCE of its repeated domain (NULL: the answer without an
 * instance, for an item of a domain asked once). */
LivcAnswer *
livc_assessment_find_instance_answer (LivcAssessment *self,
                                      const char     *item_id,
                                      const char     *instance)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  if (item_id == NULL)
    return NULL;
  if (instance == NULL)
    return g_hash_table_lookup (self->answers_by_item, item_id);
  key = livc_answer_key (item_id, instance);
  return g_hash_table_lookup (self->answers_by_item, key);
}

/* The first answer for an item (and instance) is the one that counts; the loader refuses
 * duplicates. */
void
livc_assessment_add_answer (LivcAssessment *self,
                            LivcAnswer     *answer)
{
  const char *key;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ANSWER (answer));

  /* The key is the answer's own string, alive as long as the store holds the answer. */
  key = livc_answer_get_key (answer);
  if (!g_hash_table_contains (self->answers_by_item, key))
    g_hash_table_insert (self->answers_by_item, (gpointer) key, answer);
  g_list_store_append (self->answers, answer);
}

/* Takes ANSWER out of the assessment: what a newer questionnaire's items took over. */
void
livc_assessment_remove_answer (LivcAssessment *self,
                               LivcAnswer     *answer)
{
  guint position;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ANSWER (answer));

  if (g_hash_table_lookup (self->answers_by_item, livc_answer_get_key (answer)) == answer)
    g_hash_table_remove (self->answers_by_item, livc_answer_get_key (answer));
  if (g_list_store_find (self->answers, answer, &position))
    g_list_store_remove (self->answers, position);
}

LivcAnswer *
livc_assessment_ensure_answer (LivcAssessment *self,
                               const char     *item_id)
{
  return livc_assessment_ensure_instance_answer (self, item_id, NULL);
}

LivcAnswer *
livc_assessment_ensure_instance_answer (LivcAssessment *self,
                                        const char     *item_id,
                                        const char     *instance)
{
  LivcAnswer *answer;
  g_autoptr(LivcAnswer) created = NULL;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  answer = livc_assessment_find_instance_answer (self, item_id, instance);
  if (answer != NULL)
    return answer;
  created = livc_answer_new_for_instance (item_id, instance);
  livc_assessment_add_answer (self, created);
  return created;
}

static Instance *
find_instance (LivcAssessment *self,
               const char     *domain_id,
               const char     *instance_id)
{
  for (guint i = 0; i < self->instances->len; i++)
    {
      Instance *instance = g_ptr_array_index (self->instances, i);

      if (g_strcmp0 (instance->domain, domain_id) == 0 &&
          g_strcmp0 (instance->id, instance_id) == 0)
        return instance;
    }
  return NULL;
}

/* The team's description of an instance of a repeated domain ("a pupil of 16 reported by
 * the school"), or NULL. */
const char *
livc_assessment_get_instance_description (LivcAssessment *self,
                                          const char     *domain_id,
                                          const char     *instance_id)
{
  Instance *instance;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  instance = find_instance (self, domain_id, instance_id);
  return instance != NULL ? instance->text : NULL;
}

void
livc_assessment_set_instance_description (LivcAssessment *self,
                                          const char     *domain_id,
                                          const char     *instance_id,
                                          const char     *text)
{
  Instance *instance;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (domain_id != NULL && instance_id != NULL);

  instance = find_instance (self, domain_id, instance_id);
  if (instance == NULL)
    {
      instance = g_new0 (Instance, 1);
      instance->domain = g_strdup (domain_id);
      instance->id = g_strdup (instance_id);
      instance->foreign = livc_foreign_new ();
      g_ptr_array_add (self->instances, instance);
    }
  else if (g_strcmp0 (instance->text, text) == 0)
    return;
  g_free (instance->text);
  instance->text = g_strdup (text);
  emit_changed (self);
}

/* The instance descriptions in file order, for the writer and the merge. */
guint
livc_assessment_get_n_instance_descriptions (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), 0);
  return self->instances->len;
}

const char *
livc_assessment_get_instance_description_at (LivcAssessment  *self,
                                             guint            index,
                                             const char     **domain_id,
                                             const char     **instance_id,
                                             LivcForeign    **foreign)
{
  Instance *instance;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->instances->len, NULL);

  instance = g_ptr_array_index (self->instances, index);
  if (domain_id != NULL)
    *domain_id = instance->domain;
  if (instance_id != NULL)
    *instance_id = instance->id;
  if (foreign != NULL)
    *foreign = instance->foreign;
  return instance->text;
}

GListModel *
livc_assessment_get_actions (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->actions);
}

void
livc_assessment_add_action (LivcAssessment *self,
                            LivcAction     *action)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ACTION (action));
  g_list_store_append (self->actions, action);
}

void
livc_assessment_remove_action (LivcAssessment *self,
                               LivcAction     *action)
{
  guint position;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ACTION (action));

  if (g_list_store_find (self->actions, action, &position))
    g_list_store_remove (self->actions, position);
}

/* The first free id of the form aN. */
char *
livc_assessment_new_action_id (LivcAssessment *self)
{
  guint n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint k = n + 1;; k++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", k);
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(LivcAction) a = g_list_model_get_item (G_LIST_MODEL (self->actions), i);
          used = g_strcmp0 (livc_action_get_id (a), id) == 0;
        }
      if (!used)
        return g_steal_pointer (&id);
    }
}

LivcForeign *
livc_assessment_get_foreign (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->foreign;
}

/* Makes store hold objects, in their order, replacing only the run between the common
 * start and the common end, so that the views keep the rows that did not change. */
static void
sync_store (GListStore *store,
            GPtrArray  *objects)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  guint start = 0, end = 0;

  while (start < n && start < objects->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, start);

      if (item != g_ptr_array_index (objects, start))
        break;
      start++;
    }
  while (end < n - start && end < objects->len - start)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n - 1 - end);

      if (item != g_ptr_array_index (objects, objects->len - 1 - end))
        break;
      end++;
    }
  if (start == n && n == objects->len)
    return;
  g_list_store_splice (store, start, n - start - end,
                       objects->pdata + start, objects->len - start - end);
}

/* The lists of municipalities, participants and actions become these arrays of objects,
 * for the undo history: an object put back is the one that was removed, with whatever of
 * other namespaces it carried. */
void
livc_assessment_restore_lists (LivcAssessment *self,
                               GPtrArray      *municipalities,
                               GPtrArray      *participants,
                               GPtrArray      *actions)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));

  sync_store (self->municipalities, municipalities);
  sync_store (self->participants, participants);
  sync_store (self->actions, actions);
}
