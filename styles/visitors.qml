<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms">
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="role" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="official" name="공무원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_block_leader" name="복지통장"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="honorary_officer" name="명예사회복지공무원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="council_member" name="지역사회보장협의체 위원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="care_corps" name="우리동네돌봄단"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visiting_nurse" name="방문간호사"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_planner" name="복지플래너"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="postal_carrier" name="집배원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="meter_reader" name="검침원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="police" name="경찰"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="utility" name="가스·수도·전력"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="yakult" name="야쿠르트"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="rice_delivery" name="양곡배달"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other_partner" name="기타 협약기관"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="organisation" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dong_code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="phone" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="active" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option type="QString" value="1" name="CheckedState"/>
            <Option type="QString" value="0" name="UncheckedState"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="created_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="id" name="ID" index="1"/>
    <alias field="name" name="이름" index="2"/>
    <alias field="role" name="역할" index="3"/>
    <alias field="organisation" name="소속" index="4"/>
    <alias field="dong_code" name="행정동" index="5"/>
    <alias field="phone" name="전화번호" index="6"/>
    <alias field="active" name="활동중" index="7"/>
    <alias field="created_at" name="등록일시" index="8"/>
    <alias field="created_by" name="등록자" index="9"/>
    <alias field="updated_at" name="수정일시" index="10"/>
    <alias field="updated_by" name="수정자" index="11"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="role" expression="" applyOnUpdate="0"/>
    <default field="organisation" expression="" applyOnUpdate="0"/>
    <default field="dong_code" expression="" applyOnUpdate="0"/>
    <default field="phone" expression="" applyOnUpdate="0"/>
    <default field="active" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="name" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="role" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="organisation" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="dong_code" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="phone" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="active" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="role" exp="" desc=""/>
    <constraint field="organisation" exp="" desc=""/>
    <constraint field="dong_code" exp="" desc=""/>
    <constraint field="phone" exp="" desc=""/>
    <constraint field="active" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
    <constraint field="created_by" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="updated_by" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="created_at" editable="0"/>
    <field name="created_by" editable="0"/>
    <field name="id" editable="0"/>
    <field name="updated_at" editable="0"/>
    <field name="updated_by" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>4</layerGeometryType>
</qgis>
