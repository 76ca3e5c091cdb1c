/* livc-history.c: an assessment's undo and redo. After each change (gathered once the
 * main loop is idle, so that one gesture that changes several things is one step) the
 * history takes the state of the whole assessment: its properties, its lists and every
 * answer that is not empty, each object with its writable properties and an answer with
 * its members' ratings. Undo puts the assessment back into the previous state in place:
 * the same objects, so that the views and the file keep what they know of them. Typing
 * into one text (a note, the evidence, an action) is one step until something else
 * changes. An assessment of the built-in questionnaire takes some tens of microseconds
 * to take in. What members send from their phones is no edit of the coordinator's: it
 * goes into every state held (livc_history_keep_rating()), so that no undo takes it back.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-assessment-private.h"
#include "livc-history.h"

/* Enough for a whole meeting's slips; a state is a few kilobytes. */
#define HISTORY_LIMIT 200

typedef struct
{
  GObject *object;
  GValue  *values;   /* one per writable property of its class, in their order */
  guint    n_values;
  GArray  *ratings;  /* LivcRating, for an answer; NULL otherwise */
} ObjectState;

typedef struct
{
  ObjectState *assessment;
  GPtrArray   *municipalities; /* ObjectState* */
  GPtrArray   *participants;
  GPtrArray   *actions;
  GPtrArray   *answers;        /* the answers that are not empty */
} State;

struct _LivcHistory
{
  GObject         parent_instance;
  LivcAssessment *assessment;
  State          *current;
  GQueue         *undo;     /* State*, the newest first */
  GQueue         *redo;
  guint           idle_source;
  gboolean        restoring;
  /* The text property the last step changed alone, to gather typing into one step. */
  GObject        *typing_object;
  GParamSpec     *typing_pspec;
};

G_DEFINE_FINAL_TYPE (LivcHistory, livc_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static GPtrArray *
writable_pspecs (GObject *object)
{
  guint n;
  g_autofree GParamSpec **all = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  GPtrArray *pspecs = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    if ((all[i]->flags & G_PARAM_WRITABLE) && !(all[i]->flags & G_PARAM_CONSTRUCT_ONLY))
      g_ptr_array_add (pspecs, all[i]);
  return pspecs;
}

static void
clear_rating (gpointer data)
{
  g_free (((LivcRating *) data)->participant);
}

static void
object_state_free (gpointer data)
{
  ObjectState *os = data;

  for (guint i = 0; i < os->n_values; i++)
    g_value_unset (&os->values[i]);
  g_free (os->values);
  g_clear_pointer (&os->ratings, g_array_unref);
  g_object_unref (os->object);
  g_free (os);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ObjectState, object_state_free)

static ObjectState *
object_state_new (GObject *object)
{
  ObjectState *os = g_new0 (ObjectState, 1);
  g_autoptr(GPtrArray) pspecs = writable_pspecs (object);

  os->object = g_object_ref (object);
  os->n_values = pspecs->len;
  os->values = g_new0 (GValue, pspecs->len);
  for (guint i = 0; i < pspecs->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (pspecs, i);

      g_value_init (&os->values[i], pspec->value_type);
      g_object_get_property (object, pspec->name, &os->values[i]);
    }
  if (LIVC_IS_ANSWER (object))
    {
      LivcAnswer *answer = LIVC_ANSWER (object);

      os->ratings = g_array_new (FALSE, FALSE, sizeof (LivcRating));
      g_array_set_clear_func (os->ratings, clear_rating);
      for (guint i = 0; i < livc_answer_get_n_ratings (answer); i++)
        {
          LivcRating r = *livc_answer_get_rating (answer, i);

          r.participant = g_strdup (r.participant);
          g_array_append_val (os->ratings, r);
        }
    }
  return os;
}

static GPtrArray *
list_state (GListModel *model,
            gboolean    skip_empty_answers)
{
  GPtrArray *states = g_ptr_array_new_with_free_func (object_state_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (skip_empty_answers && livc_answer_is_empty (LIVC_ANSWER (object)))
        continue;
      g_ptr_array_add (states, object_state_new (object));
    }
  return states;
}

static void
state_free (gpointer data)
{
  State *state = data;

  object_state_free (state->assessment);
  g_ptr_array_unref (state->municipalities);
  g_ptr_array_unref (state->participants);
  g_ptr_array_unref (state->actions);
  g_ptr_array_unref (state->answers);
  g_free (state);
}

static State *
state_new (LivcAssessment *a)
{
  State *state = g_new0 (State, 1);

  state->assessment = object_state_new (G_OBJECT (a));
  state->municipalities = list_state (livc_assessment_get_municipalities (a), FALSE);
  state->participants = list_state (livc_assessment_get_participants (a), FALSE);
  state->actions = list_state (livc_assessment_get_actions (a), FALSE);
  state->answers = list_state (livc_assessment_get_answers (a), TRUE);
  return state;
}

static ObjectState *
find_state (GPtrArray *states,
            GObject   *object)
{
  for (guint i = 0; i < states->len; i++)
    if (((ObjectState *) g_ptr_array_index (states, i))->object == object)
      return g_ptr_array_index (states, i);
  return NULL;
}

static gboolean
same_ratings (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      LivcRating *ra = &g_array_index (a, LivcRating, i);
      LivcRating *rb = &g_array_index (b, LivcRating, i);

      if (ra->value != rb->value || strcmp (ra->participant, rb->participant) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Counts the properties of one object that differ between two states of it (b NULL: an
 * answer that is empty in that state), noting the last in *pspec. Ratings that differ
 * count twice: they are never typing. */
static guint
count_differences (ObjectState  *a,
                   ObjectState  *b,
                   GParamSpec  **pspec)
{
  ObjectState *some = a != NULL ? a : b;
  g_autoptr(GPtrArray) pspecs = writable_pspecs (some->object);
  guint n = 0;

  for (guint i = 0; i < pspecs->len; i++)
    {
      GParamSpec *p = g_ptr_array_index (pspecs, i);
      g_auto(GValue) none = G_VALUE_INIT;
      const GValue *va, *vb;

      g_value_init (&none, p->value_type);
      g_param_value_set_default (p, &none);
      va = a != NULL ? &a->values[i] : &none;
      vb = b != NULL ? &b->values[i] : &none;
      if (g_param_values_cmp (p, va, vb) != 0)
        {
          n++;
          *pspec = p;
        }
    }
  if (some->ratings != NULL &&
      !((a == NULL || a->ratings->len == 0) && (b == NULL || b->ratings->len == 0)) &&
      (a == NULL || b == NULL || !same_ratings (a->ratings, b->ratings)))
    n += 2;
  return n;
}

static gboolean
same_objects (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (((ObjectState *) g_ptr_array_index (a, i))->object !=
        ((ObjectState *) g_ptr_array_index (b, i))->object)
      return FALSE;
  return TRUE;
}

/* How two states differ: 0 not at all, 1 in one property of one object (*object,
 * *pspec), 2 in more. */
static guint
compare_states (State       *a,
                State       *b,
                GObject    **object,
                GParamSpec **pspec)
{
  GPtrArray *lists_a[] = { a->municipalities, a->participants, a->actions };
  GPtrArray *lists_b[] = { b->municipalities, b->participants, b->actions };
  guint n;

  if (!same_objects (a->municipalities, b->municipalities) ||
      !same_objects (a->participants, b->participants) ||
      !same_objects (a->actions, b->actions))
    return 2;
  n = count_differences (a->assessment, b->assessment, pspec);
  *object = a->assessment->object;
  for (guint l = 0; l < G_N_ELEMENTS (lists_a) && n < 2; l++)
    for (guint i = 0; i < lists_a[l]->len && n < 2; i++)
      {
        ObjectState *sa = g_ptr_array_index (lists_a[l], i);
        guint d = count_differences (sa, g_ptr_array_index (lists_b[l], i), pspec);

        if (d > 0)
          *object = sa->object;
        n += d;
      }
  for (guint i = 0; i < b->answers->len && n < 2; i++)
    {
      ObjectState *sb = g_ptr_array_index (b->answers, i);
      guint d = count_differences (find_state (a->answers, sb->object), sb, pspec);

      if (d > 0)
        *object = sb->object;
      n += d;
    }
  for (guint i = 0; i < a->answers->len && n < 2; i++)
    {
      ObjectState *sa = g_ptr_array_index (a->answers, i);

      if (find_state (b->answers, sa->object) == NULL)
        {
          guint d = count_differences (sa, NULL, pspec);

          if (d > 0)
            *object = sa->object;
          n += d;
        }
    }
  return MIN (n, 2);
}

static void
restore_object (ObjectState *os)
{
  g_autoptr(GPtrArray) pspecs = writable_pspecs (os->object);

  for (guint i = 0; i < pspecs->len; i++)
    {
      GParamSpec *p = g_ptr_array_index (pspecs, i);
      g_auto(GValue) now = G_VALUE_INIT;

      g_value_init (&now, p->value_type);
      g_object_get_property (os->object, p->name, &now);
      if (g_param_values_cmp (p, &now, &os->values[i]) != 0)
        g_object_set_property (os->object, p->name, &os->values[i]);
    }
}

/* An answer back to its state, or emptied when state is NULL; its ratings in the order
 * they had, which is the order of the file. */
static void
restore_answer (LivcAnswer  *answer,
                ObjectState *state)
{
  g_autoptr(ObjectState) now = NULL;

  if (state != NULL)
    restore_object (state);
  else
    {
      livc_answer_set_value (answer, LIVC_VALUE_NONE);
      livc_answer_set_note (answer, NULL);
      livc_answer_set_evidence (answer, NULL);
    }
  now = object_state_new (G_OBJECT (answer));
  if (state != NULL && same_ratings (now->ratings, state->ratings))
    return;
  for (guint i = 0; i < now->ratings->len; i++)
    livc_answer_set_rating (answer, g_array_index (now->ratings, LivcRating, i).participant,
                            LIVC_VALUE_NONE);
  for (guint r = 0; state != NULL && r < state->ratings->len; r++)
    {
      LivcRating *rating = &g_array_index (state->ratings, LivcRating, r);

      livc_answer_set_rating (answer, rating->participant, rating->value);
    }
}

static GPtrArray *
objects_of (GPtrArray *states)
{
  GPtrArray *objects = g_ptr_array_new ();

  for (guint i = 0; i < states->len; i++)
    g_ptr_array_add (objects, ((ObjectState *) g_ptr_array_index (states, i))->object);
  return objects;
}

static void
restore_state (LivcHistory *self,
               State       *state)
{
  GListModel *answers = livc_assessment_get_answers (self->assessment);
  GPtrArray *lists[] = { state->municipalities, state->participants, state->actions };
  g_autoptr(GPtrArray) municipalities = objects_of (state->municipalities);
  g_autoptr(GPtrArray) participants = objects_of (state->participants);
  g_autoptr(GPtrArray) actions = objects_of (state->actions);

  self->restoring = TRUE;
  restore_object (state->assessment);
  livc_assessment_restore_lists (self->assessment, municipalities, participants, actions);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      restore_object (g_ptr_array_index (lists[l], i));
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      restore_answer (answer, find_state (state->answers, G_OBJECT (answer)));
    }
  self->restoring = FALSE;
}

static void
notify_can (LivcHistory *self,
            gboolean     could_undo,
            gboolean     could_redo)
{
  if (could_undo != livc_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != livc_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Takes in what changed since the last step. */
static void
commit (LivcHistory *self)
{
  gboolean could_undo = livc_history_get_can_undo (self);
  gboolean could_redo = livc_history_get_can_redo (self);
  State *state = state_new (self->assessment);
  GObject *object = NULL;
  GParamSpec *pspec = NULL;
  guint how = compare_states (self->current, state, &object, &pspec);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (how == 0)
    {
      state_free (state);
      notify_can (self, could_undo, could_redo);
      return;
    }
  if (how == 1 && pspec->value_type == G_TYPE_STRING && object == self->typing_object &&
      pspec == self->typing_pspec && !g_queue_is_empty (self->undo))
    state_free (self->current);
  else
    {
      g_queue_push_head (self->undo, self->current);
      if (g_queue_get_length (self->undo) > HISTORY_LIMIT)
        state_free (g_queue_pop_tail (self->undo));
    }
  self->current = state;
  self->typing_object = how == 1 && pspec->value_type == G_TYPE_STRING ? object : NULL;
  self->typing_pspec = self->typing_object != NULL ? pspec : NULL;
  g_queue_clear_full (self->redo, state_free);
  notify_can (self, could_undo, could_redo);
}

static gboolean
commit_cb (gpointer data)
{
  LivcHistory *self = data;

  self->idle_source = 0;
  commit (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed (LivcAssessment *assessment,
            LivcHistory    *self)
{
  gboolean could_undo, could_redo;

  if (self->restoring || self->idle_source != 0)
    return;
  could_undo = livc_history_get_can_undo (self);
  could_redo = livc_history_get_can_redo (self);
  self->idle_source = g_idle_add (commit_cb, self);
  notify_can (self, could_undo, could_redo);
}

/* Drops from a queue (the newest first) every state that equals the one before it in the
 * chain that starts at the current state: an undo or redo there would change nothing. */
static void
drop_empty_steps (LivcHistory *self,
                  GQueue      *queue)
{
  State *previous = self->current;
  GList *l = queue->head;

  while (l != NULL)
    {
      GList *next = l->next;
      State *state = l->data;
      GObject *object = NULL;
      GParamSpec *pspec = NULL;

      if (compare_states (previous, state, &object, &pspec) == 0)
        {
          g_queue_delete_link (queue, l);
          state_free (state);
        }
      else
        previous = state;
      l = next;
    }
}

/* Calls keep on the current state and on every state undo or redo can go back to, then
 * drops the steps that no longer change anything. */
static void
keep_in_every_state (LivcHistory *self,
                     void       (*keep) (LivcHistory *self, State *state, gpointer data),
                     gpointer     data)
{
  gboolean could_undo = livc_history_get_can_undo (self);
  gboolean could_redo = livc_history_get_can_redo (self);
  GQueue *queues[] = { self->undo, self->redo };

  keep (self, self->current, data);
  for (guint q = 0; q < G_N_ELEMENTS (queues); q++)
    for (GList *l = queues[q]->head; l != NULL; l = l->next)
      keep (self, l->data, data);
  for (guint q = 0; q < G_N_ELEMENTS (queues); q++)
    drop_empty_steps (self, queues[q]);
  notify_can (self, could_undo, could_redo);
}

/* A member in a state as they are now, in their place of the assessment's list. */
static void
keep_participant_cb (LivcHistory *self,
                     State       *state,
                     gpointer     data)
{
  GObject *participant = data;
  GListModel *members = livc_assessment_get_participants (self->assessment);
  guint position = 0;

  if (find_state (state->participants, participant) != NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(GObject) member = g_list_model_get_item (members, i);

      if (member == participant)
        break;
      if (find_state (state->participants, member) != NULL)
        position++;
    }
  g_ptr_array_insert (state->participants, (int) MIN (position, state->participants->len),
                      object_state_new (participant));
}

typedef struct
{
  LivcAnswer *answer;
  const char *participant;
  int         value;
} KeptRating;

/* An answer's state with nothing in it, to take a rating. */
static ObjectState *
empty_answer_state (LivcAnswer *answer)
{
  ObjectState *os = object_state_new (G_OBJECT (answer));
  g_autoptr(GPtrArray) pspecs = writable_pspecs (G_OBJECT (answer));

  for (guint i = 0; i < os->n_values; i++)
    g_param_value_set_default (g_ptr_array_index (pspecs, i), &os->values[i]);
  g_array_set_size (os->ratings, 0);
  return os;
}

static void
keep_rating_cb (LivcHistory *self,
                State       *state,
                gpointer     data)
{
  KeptRating *kept = data;
  ObjectState *os = find_state (state->answers, G_OBJECT (kept->answer));
  guint i;

  if (os == NULL)
    {
      if (kept->value == LIVC_VALUE_NONE)
        return;
      os = empty_answer_state (kept->answer);
      g_ptr_array_add (state->answers, os);
    }
  for (i = 0; i < os->ratings->len; i++)
    if (g_strcmp0 (g_array_index (os->ratings, LivcRating, i).participant, kept->participant) == 0)
      break;
  if (kept->value == LIVC_VALUE_NONE)
    {
      if (i < os->ratings->len)
        g_array_remove_index (os->ratings, i);
    }
  else if (i < os->ratings->len)
    g_array_index (os->ratings, LivcRating, i).value = kept->value;
  else
    {
      LivcRating rating = { 0 };

      rating.participant = g_strdup (kept->participant);
      rating.value = kept->value;
      g_array_append_val (os->ratings, rating);
    }
}

/* Moves one step from one queue to the other. */
static gboolean
step (LivcHistory *self,
      GQueue      *from,
      GQueue      *to)
{
  gboolean could_undo, could_redo;
  State *state;

  livc_history_flush (self);
  if (g_queue_is_empty (from))
    return FALSE;
  could_undo = livc_history_get_can_undo (self);
  could_redo = livc_history_get_can_redo (self);
  state = g_queue_pop_head (from);
  restore_state (self, state);
  g_queue_push_head (to, self->current);
  self->current = state;
  self->typing_object = NULL;
  self->typing_pspec = NULL;
  notify_can (self, could_undo, could_redo);
  return TRUE;
}

static void
livc_history_dispose (GObject *object)
{
  LivcHistory *self = LIVC_HISTORY (object);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_changed, self);
  g_clear_object (&self->assessment);
  G_OBJECT_CLASS (livc_history_parent_class)->dispose (object);
}

static void
livc_history_finalize (GObject *object)
{
  LivcHistory *self = LIVC_HISTORY (object);

  g_clear_pointer (&self->current, state_free);
  g_queue_free_full (self->undo, state_free);
  g_queue_free_full (self->redo, state_free);
  G_OBJECT_CLASS (livc_history_parent_class)->finalize (object);
}

static void
livc_history_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LivcHistory *self = LIVC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, livc_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, livc_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_history_class_init (LivcHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = livc_history_dispose;
  object_class->finalize = livc_history_finalize;
  object_class->get_property = livc_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_history_init (LivcHistory *self)
{
  self->undo = g_queue_new ();
  self->redo = g_queue_new ();
}

/* The history of assessment from its present state on. */
LivcHistory *
livc_history_new (LivcAssessment *assessment)
{
  LivcHistory *self;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (LIVC_TYPE_HISTORY, NULL);
  self->assessment = g_object_ref (assessment);
  self->current = state_new (assessment);
  g_signal_connect (assessment, "changed", G_CALLBACK (on_changed), self);
  return self;
}

gboolean
livc_history_get_can_undo (LivcHistory *self)
{
  g_return_val_if_fail (LIVC_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (self->undo) || self->idle_source != 0;
}

gboolean
livc_history_get_can_redo (LivcHistory *self)
{
  g_return_val_if_fail (LIVC_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (self->redo) && self->idle_source == 0;
}

/* Takes in at once the changes the next idle moment would: before an undo, or to end a
 * step (the history then starts a new one for the next typing). */
void
livc_history_flush (LivcHistory *self)
{
  g_return_if_fail (LIVC_IS_HISTORY (self));

  if (self->idle_source != 0)
    commit (self);
  self->typing_object = NULL;
  self->typing_pspec = NULL;
}

/* Puts the assessment back as it was before the last step; FALSE when there is none. */
gboolean
livc_history_undo (LivcHistory *self)
{
  g_return_val_if_fail (LIVC_IS_HISTORY (self), FALSE);
  return step (self, self->undo, self->redo);
}

/* Does again the last step undone; FALSE when there is none. */
gboolean
livc_history_redo (LivcHistory *self)
{
  g_return_val_if_fail (LIVC_IS_HISTORY (self), FALSE);
  return step (self, self->redo, self->undo);
}

/* participant came from outside the edits undo and redo take back (a member who joined
 * from their phone, or whose phone rated as them): every state keeps them from now on, so
 * that no undo removes them and no step is left that would only remove them. */
void
livc_history_keep_participant (LivcHistory     *self,
                               LivcParticipant *participant)
{
  GListModel *members;
  gboolean present = FALSE;

  g_return_if_fail (LIVC_IS_HISTORY (self));
  g_return_if_fail (LIVC_IS_PARTICIPANT (participant));

  members = livc_assessment_get_participants (self->assessment);
  for (guint i = 0; i < g_list_model_get_n_items (members) && !present; i++)
    {
      g_autoptr(LivcParticipant) member = g_list_model_get_item (members, i);

      present = member == participant;
    }
  if (!present)
    return;
  keep_in_every_state (self, keep_participant_cb, participant);
}

/* The rating of participant_id on answer came from outside the edits undo and redo take
 * back (a member's phone): every state takes it as it is now, so that undoing or redoing
 * an edit of the coordinator, made before or after it, never removes or changes it. The
 * member it is of is kept too (livc_history_keep_participant()). */
void
livc_history_keep_rating (LivcHistory *self,
                          LivcAnswer  *answer,
                          const char  *participant_id)
{
  KeptRating kept;
  LivcParticipant *participant;

  g_return_if_fail (LIVC_IS_HISTORY (self));
  g_return_if_fail (LIVC_IS_ANSWER (answer));
  g_return_if_fail (participant_id != NULL);

  participant = livc_assessment_find_participant (self->assessment, participant_id);
  if (participant != NULL)
    livc_history_keep_participant (self, participant);
  kept.answer = answer;
  kept.participant = participant_id;
  kept.value = livc_answer_get_rating_for (answer, participant_id);
  keep_in_every_state (self, keep_rating_cb, &kept);
}
