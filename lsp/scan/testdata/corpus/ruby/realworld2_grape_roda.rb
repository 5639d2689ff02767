# A Grape endpoint and a Roda route tree.
class ParcelsAPI < Grape::API
  params { optional :per_page, type: Integer, default: ‹25› }
  get ':id' do
    parcel = Parcel.find_by(id: params[:id])
    error!('Parcel not found', «404») unless parcel
    error!({ error: 'locked' }, «423», { 'Retry-After' => '‹120›' }) if parcel.locked?
    present parcel
  end
end

class App < Roda
  route do |r|
    r.on 'admin' do
      r.halt(«403») unless admin?
      view 'admin', locals: { rows: ‹200› }
    end
  end
end
